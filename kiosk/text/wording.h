// The kiosk's house style for Vietnamese a learner reads, as data, so that lessons, screen
// strings and the on-screen keyboard say things one way:
//  - one tone placement: "xóa, khóa, hủy, thủy, hòa" (the mark on the first vowel of an open
//    oa/oe/uy, as school books and phones write them), never "xoá, khoá, huỷ";
//  - Vietnamese words where Vietnamese has one ("qua mạng", not "online"); an English word is
//    fine as an on-screen label quoted in “…”, and app names keep their own spelling;
//  - "chạm" for a tap, and praise that respects an older woman.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tramso::text {

struct WordingProblem {
    std::size_t byte = 0;  // where the word starts in the text
    std::string found;     // as written
    std::string problem;   // what is wrong
    std::string fix;       // what to write instead
};

enum class WordingScope {
    explanation,  // the kiosk talking to her: every rule
    phone_screen  // what a phone itself shows (scene labels, a scammer's message): tone placement only
};

// Every problem in `vi`, in text order.
std::vector<WordingProblem> wording_problems(std::string_view vi, WordingScope scope = WordingScope::explanation);

// `word` with the house tone placement ("xoá" -> "xóa"); other words come back unchanged.
std::string house_tone_placement(std::string_view word);

}  // namespace tramso::text
