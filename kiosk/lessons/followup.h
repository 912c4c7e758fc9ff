// A lesson's follow-up link: the page a learner opens at home (from a QR code or a printout)
// to repeat the lesson. Written either as a slug joined to the kiosk's followup.base_url or as
// a full https:// address.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "lessons/diagnostic.h"
#include "lessons/lesson.h"

namespace tramso {

// Empty when `followup` (as written in a lesson) is a valid slug or absolute https:// URL.
std::optional<Problem> check_followup(std::string_view followup);

// Empty when `url` is an absolute https:// URL with a host.
std::optional<Problem> check_https_url(std::string_view url);

// The address to put in the QR code: the lesson's absolute URL as is, or its slug joined to
// `base_url` ("https://tramso.vn/hoc" + "otp" -> "https://tramso.vn/hoc/otp").
// Fails if the lesson has no follow-up, or a slug meets a missing or invalid base_url.
Result<std::string> resolve_followup_url(const Lesson& lesson, std::string_view base_url);

}  // namespace tramso
