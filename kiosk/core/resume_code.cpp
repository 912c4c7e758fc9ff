#include "core/resume_code.h"

namespace tramso {

std::string make_resume_code(const RandomSource& random) {
    constexpr std::uint64_t n = kResumeCodeAlphabet.size();
    // Rejection sampling: drop the top sliver of the 32-bit range so every letter is as likely.
    constexpr std::uint64_t limit = (std::uint64_t{1} << 32) / n * n;
    std::string code;
    while (code.size() < kResumeCodeLength) {
        const std::uint64_t r = random();
        if (r < limit) code += kResumeCodeAlphabet[r % n];
    }
    return code;
}

std::optional<std::string> normalize_resume_code(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (kResumeCodeAlphabet.find(c) == std::string_view::npos) return std::nullopt;
        code += c;
    }
    if (code.size() != kResumeCodeLength) return std::nullopt;
    return code;
}

}  // namespace tramso
