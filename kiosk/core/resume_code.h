// Resume codes: the six characters on a learner's slip and QR code. The alphabet leaves out
// 0/O, 1/I/L so an older learner reading the slip aloud to staff cannot mix them up.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace tramso {

inline constexpr std::string_view kResumeCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
inline constexpr std::size_t kResumeCodeLength = 6;

// Uniform 32-bit random numbers; tests pass a seeded generator so codes are repeatable.
using RandomSource = std::function<std::uint32_t()>;

std::string make_resume_code(const RandomSource& random);

// What staff typed or the QR held, upper-cased with spaces and dashes removed; nullopt unless
// it is six characters of the alphabet.
std::optional<std::string> normalize_resume_code(std::string_view typed);

}  // namespace tramso
