// Where the follow-up site puts each page. The site's root is what followup.base_url names,
// so a lesson's folder is its slug: "https://hoctapso.vn/bai/" + "otp" is DIR/otp/index.html,
// and the English pages mirror the tree under DIR/en/.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/lang.h"
#include "lessons/lesson.h"

namespace tramso::site {

// The lesson's folder inside the site for `lang` ("otp", "en/otp"); none for a lesson without
// a follow-up or with an absolute https:// one (that page lives elsewhere).
std::optional<std::filesystem::path> lesson_folder(const Lesson& lesson, Lang lang);

// The site root's folder for `lang`: "" (Vietnamese) or "en".
std::filesystem::path language_root(Lang lang);

// From a page in `folder` back to the site root: "../" per level ("" for the root itself).
std::string up_to_root(const std::filesystem::path& folder);

}  // namespace tramso::site
