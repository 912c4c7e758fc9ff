// The site's front page in one language: every lesson by topic, under the center's name.
#pragma once

#include <string>
#include <vector>

#include "core/lang.h"
#include "core/string_table.h"
#include "lessons/lesson.h"
#include "site/html.h"

namespace tramso::site {

// `lessons` in the order the kiosk shows them; lessons with no page of their own link to their
// absolute follow-up address, lessons with no follow-up at all are left out.
std::string index_page_html(const std::vector<const Lesson*>& lessons, Lang lang, const StringTable& strings,
                            PageShell shell);

}  // namespace tramso::site
