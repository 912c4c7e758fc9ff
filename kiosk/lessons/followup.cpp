#include "lessons/followup.h"

#include <algorithm>
#include <cctype>

#include "core/https_url.h"
#include "qr/follow_up_url.h"
#include "qr/qr_matrix.h"

namespace tramso {

namespace {

bool is_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool looks_like_url(std::string_view s) {
    return s.find("://") != std::string_view::npos || s.find(':') != std::string_view::npos ||
           starts_with_ci(s, "www.") || s.find('.') != std::string_view::npos;
}

}  // namespace

std::optional<Problem> check_followup(std::string_view followup) {
    if (followup.empty()) {
        return Problem{"`followup` is empty", "write a slug like \"otp\" or remove the line"};
    }
    if (looks_like_url(followup)) return check_https_url(followup);
    const std::string slug_fix =
        "a slug uses only a-z, 0-9, '-' and '/' (like \"bao-mat/otp\"); or write a full "
        "https:// address";
    for (char c : followup) {
        if (c >= 'A' && c <= 'Z') {
            return Problem{"the follow-up slug \"" + std::string(followup) + "\" has capitals",
                           "write it in lower case"};
        }
        if (!is_lower_alnum(c) && c != '-' && c != '/') {
            return Problem{"the follow-up slug \"" + std::string(followup) + "\" contains " + describe_char(c),
                           slug_fix};
        }
    }
    if (followup.front() == '/' || followup.back() == '/' || followup.find("//") != std::string_view::npos) {
        return Problem{"the follow-up slug \"" + std::string(followup) + "\" has a stray '/'",
                       "do not start or end it with '/', nor write '//'"};
    }
    return std::nullopt;
}

bool followup_is_address(std::string_view followup) { return starts_with_ci(followup, "https://"); }

Result<std::string> resolve_followup_url(const Lesson& lesson, std::string_view base_url) {
    const std::string where = lesson.source_file.string();
    if (lesson.followup.empty()) {
        return Error{where, "lesson " + lesson.id + " has no follow-up link"};
    }
    if (auto p = check_followup(lesson.followup)) {
        return Error{where, p->problem + " — " + p->fix};
    }
    if (followup_is_address(lesson.followup)) return lesson.followup;
    if (base_url.empty()) {
        return Error{"followup.base_url", "is not set, so the slug \"" + lesson.followup + "\" of lesson " + lesson.id +
                                              " has no address — set followup.base_url in the kiosk settings"};
    }
    if (auto p = check_https_url(base_url)) {
        return Error{"followup.base_url", p->problem + " — " + p->fix};
    }
    // The slug is joined to the path: behind a '?' or '#' it would become part of the query or
    // the fragment, and every lesson would open the same page.
    if (base_url.find_first_of("?#") != std::string_view::npos) {
        return Error{"followup.base_url", "\"" + std::string(base_url) + "\" has a '?' or '#', so the slug \"" +
                                              lesson.followup + "\" of lesson " + lesson.id +
                                              " would not be part of the address's path — end "
                                              "followup.base_url at its path, like https://hoctapso.vn/bai/"};
    }
    std::string url(base_url);
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url + "/" + lesson.followup;
}

Result<std::string> lesson_qr_link(const Lesson& lesson, std::string_view base_url, std::string_view ref_param,
                                   std::string_view reference) {
    auto url = resolve_followup_url(lesson, base_url);
    if (!url) return url.error();
    auto link = build_follow_up_url(*url, reference, ref_param);
    if (!link) return Error{lesson.source_file.string(), link.error().message};
    return link;
}

std::optional<Problem> check_followup_fits_qr(const Lesson& lesson, std::string_view base_url,
                                              std::string_view ref_param) {
    if (lesson.followup.empty()) return std::nullopt;
    // The longest reference the kiosk makes: every code it shows must fit, not just a short one.
    const std::string worst_reference(kReferenceLength, kReferenceAlphabet.front());
    auto link = lesson_qr_link(lesson, base_url, ref_param, worst_reference);
    if (!link) return Problem{link.error().message, "fix the follow-up link or the kiosk's [followup] settings"};
    // Counted as plain bytes: the encoder may pack parts of a link tighter (digits, capitals),
    // never looser, so a link within this limit always fits whatever reference it gets.
    const int capacity = qr_byte_capacity(kQrDefaultMaxVersion);
    if (link->size() > static_cast<std::size_t>(capacity)) {
        return Problem{"the follow-up link \"" + *link + "\" is too long for the QR code: it is " +
                           std::to_string(link->size()) + " characters with its reference; at most " +
                           std::to_string(capacity) + " fit a code a phone reads easily off a slip",
                       "use a shorter slug, or a shorter followup.base_url in the kiosk settings"};
    }
    return std::nullopt;
}

}  // namespace tramso
