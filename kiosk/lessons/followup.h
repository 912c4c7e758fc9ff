// A lesson's follow-up link: the page a learner opens at home (from a QR code or a printout)
// to repeat the lesson. Written either as a slug joined to the kiosk's followup.base_url or as
// a full https:// address.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/https_url.h"
#include "core/result.h"
#include "lessons/diagnostic.h"
#include "lessons/lesson.h"

namespace tramso {

// Empty when `followup` (as written in a lesson) is a valid slug or absolute https:// URL.
std::optional<Problem> check_followup(std::string_view followup);

// True when `followup` is a full https:// address, used as it is; false for a slug, which is
// joined to followup.base_url (and is the path of a page `tramso site` writes).
bool followup_is_address(std::string_view followup);

// The address to put in the QR code: the lesson's absolute URL as is, or its slug joined to
// `base_url` ("https://tramso.vn/hoc" + "otp" -> "https://tramso.vn/hoc/otp").
// Fails if the lesson has no follow-up, or a slug meets a missing or invalid base_url.
Result<std::string> resolve_followup_url(const Lesson& lesson, std::string_view base_url);

// What the finish screen's QR code and the printed slip carry: the resolved follow-up URL plus
// `ref_param=reference` (qr/follow_up_url.h), e.g. "https://hoctapso.vn/bai/otp?r=K7Q2XM".
Result<std::string> lesson_qr_link(const Lesson& lesson, std::string_view base_url, std::string_view ref_param,
                                   std::string_view reference);

// Empty when the lesson's QR link, with a reference of full length, fits a QR code a phone
// can still read off a slip (qr/qr_matrix.h, kQrDefaultMaxVersion). Otherwise what to shorten.
// A lesson without a follow-up has nothing to check.
std::optional<Problem> check_followup_fits_qr(const Lesson& lesson, std::string_view base_url,
                                              std::string_view ref_param);

}  // namespace tramso
