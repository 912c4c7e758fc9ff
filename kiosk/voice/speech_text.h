// Turning screen text into text espeak reads the way a Vietnamese teacher would say it.
//
// espeak reads digits, but not the forms learners meet on screen: "Bước 3/8" would come out as
// "ba tám", "9:30" as "chín ba mươi", "70.000 đ" as "bảy mươi nghìn không trăm đê", and arrows,
// bullets and emoji as their Unicode names in English. Each rule here rewrites one such form;
// everything else passes through in NFC so the Vietnamese tones reach espeak intact.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.h"

namespace tramso::voice {

enum class SpeechKind {
    Sentence,  // ordinary screen text
    Code,      // a code to copy: every character on its own, with a pause between
};

// The text to hand to the synthesizer. Rules (vi / en):
//   3/8 → "3 trên 8" / "3 of 8"             9:30, 9h30 → "9 giờ 30" / "9 30"
//   12/5/2024 → "ngày 12 tháng 5 năm 2024" / "12 May 2024"
//   70.000 đ, 70.000đ → "70000 đồng"          50k → "50 nghìn"      2,5 → "2 phẩy 5"
//   0912345678 → "0 9 1 2, 3 4 5, 6 7 8" (leading 0 or 7+ digits: read digit by digit)
//   K7Q2XM (upper-case letters mixed with digits) → "K, 7, Q, 2, X, M"
//   *101# → "sao, 1, 0, 1, thăng"            ten@mail.vn → "ten a còng mail chấm vn"
//   → • — … become a pause (comma); emoji, other symbols and quotes are dropped.
std::string speech_text(std::string_view text, Lang lang, SpeechKind kind = SpeechKind::Sentence);

// "K7Q-2xm" → "K, 7, Q, 2, X, M": upper-cased, separators dropped, one pause per character.
std::string spell_code(std::string_view code, Lang lang);

}  // namespace tramso::voice
