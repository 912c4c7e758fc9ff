// The pieces every follow-up page is made of: escaped text, and the document around a page's
// body with its one inline style sheet. No JavaScript, web fonts, cookies or outside requests:
// the pages are read in Zalo's in-app browser on a cheap phone over a slow connection.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.h"

namespace tramso::site {

// `text` in NFC with & < > " escaped, safe inside an element or a double-quoted attribute.
std::string html_text(std::string_view text);

struct PageShell {
    Lang lang = Lang::vi;
    std::string title;           // plain text
    std::string other_href;      // the same page in the other language
    std::string center_name;     // shown in the header
    std::string home_href;       // the site's index in this language
    std::string privacy;         // the line about the ?r= reference
    std::string all_lessons;     // the footer link's words
    std::string other_language;  // the switch link's words ("English", "Tiếng Việt")
};

// A whole HTML document with `body` (already HTML) between the header and the footer.
std::string html_document(const PageShell& shell, std::string_view body);

}  // namespace tramso::site
