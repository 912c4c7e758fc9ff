// The follow-up link on arbitrary lesson `followup` values and base URLs. Whatever is accepted
// stays an https:// address on the site it names: a slug never moves the link to another host
// (no '@', '//', '#' or '?' tricks), and adding the visit reference keeps host and scheme and
// adds exactly one reference parameter.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "lessons/followup.h"
#include "lessons/lesson.h"
#include "qr/follow_up_url.h"

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The host of an https:// URL as check_https_url reads it (no port, no path).
std::string host_of(std::string_view url) {
    std::string_view rest = url.substr(8);
    rest = rest.substr(0, rest.find_first_of("/?#"));
    return lower(rest.substr(0, rest.find(':')));
}

// Splits the input into base URL, followup, reference parameter and reference at '\n'.
std::string_view next_part(std::string_view& in) {
    const std::size_t nl = in.find('\n');
    const std::string_view part = in.substr(0, nl);
    in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
    return part;
}

std::size_t count_param(std::string_view url, std::string_view param) {
    url = url.substr(0, url.find('#'));
    const std::size_t q = url.find('?');
    if (q == std::string_view::npos) return 0;
    std::string_view query = url.substr(q + 1);
    std::size_t n = 0;
    while (true) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        if (pair.substr(0, pair.find('=')) == param) ++n;
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    const std::string_view base_url = next_part(in);
    tramso::Lesson lesson;
    lesson.id = "fuzz";
    lesson.followup = std::string(next_part(in));
    std::string_view param = next_part(in);
    std::string_view reference = next_part(in);
    if (param.empty()) param = tramso::kDefaultReferenceParam;
    if (reference.empty()) reference = "K7Q2XM";

    const bool followup_ok = !lesson.followup.empty() && !tramso::check_followup(lesson.followup);
    auto url = tramso::resolve_followup_url(lesson, base_url);
    FUZZ_CHECK(url.ok() <= followup_ok);
    if (!url) return 0;
    FUZZ_CHECK(lower(url->substr(0, 8)) == "https://");
    FUZZ_CHECK(!tramso::check_https_url(*url));
    const bool absolute = lower(lesson.followup).starts_with("https://");
    if (absolute) {
        FUZZ_CHECK(*url == lesson.followup);
    } else {
        FUZZ_CHECK(host_of(*url) == host_of(base_url));
        FUZZ_CHECK(url->ends_with("/" + lesson.followup));
    }

    auto link = tramso::lesson_qr_link(lesson, base_url, param, reference);
    if (!link) return 0;
    FUZZ_CHECK(lower(link->substr(0, 8)) == "https://");
    FUZZ_CHECK(host_of(*link) == host_of(*url));
    FUZZ_CHECK(count_param(*link, param) == 1);
    FUZZ_CHECK(link->find(std::string(param) + "=" + std::string(reference)) != std::string::npos);
    FUZZ_CHECK(!tramso::check_https_url(*link));
    return 0;
}
