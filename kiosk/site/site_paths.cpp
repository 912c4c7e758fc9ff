#include "site/site_paths.h"

#include "lessons/followup.h"

namespace tramso::site {

std::filesystem::path language_root(Lang lang) { return lang == Lang::en ? "en" : ""; }

std::optional<std::filesystem::path> lesson_folder(const Lesson& lesson, Lang lang) {
    if (lesson.followup.empty() || check_followup(lesson.followup) || followup_is_address(lesson.followup))
        return std::nullopt;
    return language_root(lang) / lesson.followup;
}

std::string up_to_root(const std::filesystem::path& folder) {
    std::string up;
    for (const auto& part : folder) {
        if (!part.empty()) up += "../";
    }
    return up;
}

}  // namespace tramso::site
