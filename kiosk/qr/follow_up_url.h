// The link behind a lesson's QR code: the lesson's follow-up URL plus an opaque short
// reference (`?r=K7Q2XM`) so the site can tell which kiosk visit led there. The reference is
// random and carries no personal data: no name, phone, learner id or time.
#pragma once

#include <concepts>
#include <random>
#include <string>
#include <string_view>

#include "core/result.h"

namespace tramso {

// No look-alikes (0/O, 1/I/L), so a code can be read aloud or typed by a learner.
inline constexpr std::string_view kReferenceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kReferenceLength = 6;
inline constexpr std::string_view kDefaultReferenceParam = "r";

// A fresh reference drawn from `rng` (std::random_device on the kiosk, a seeded engine in tests).
template <std::uniform_random_bit_generator Rng>
std::string make_reference(Rng& rng, int length = kReferenceLength) {
    std::uniform_int_distribution<std::size_t> pick(0, kReferenceAlphabet.size() - 1);
    std::string ref;
    for (int i = 0; i < length; ++i) ref += kReferenceAlphabet[pick(rng)];
    return ref;
}

// Percent-encodes bytes a QR reader or browser may mangle (non-ASCII, spaces, controls,
// `"<>\^`{|}`), leaving `%` alone so an already encoded URL is unchanged: "…/gọi-video" →
// "…/g%E1%BB%8Di-video".
std::string percent_encode_url(std::string_view url);

// `base_url` + `param=reference`, joined with `?` or `&` as the URL needs and placed before any
// `#fragment`. Errors name what to fix in the lesson: not http(s), already carries `param`,
// or an unusable parameter name / reference.
Result<std::string> build_follow_up_url(std::string_view base_url, std::string_view reference,
                                        std::string_view param = kDefaultReferenceParam);

}  // namespace tramso
