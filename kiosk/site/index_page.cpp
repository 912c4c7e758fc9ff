#include "site/index_page.h"

#include "lessons/followup.h"
#include "site/site_paths.h"

namespace tramso::site {

namespace {

constexpr Category kTopics[] = {Category::basics,   Category::communication, Category::safety,
                                Category::services, Category::money,         Category::work};

std::string lesson_href(const Lesson& lesson, Lang lang) {
    if (auto folder = lesson_folder(lesson, lang))
        return folder->lexically_relative(language_root(lang)).string() + "/";
    if (followup_is_address(lesson.followup)) return lesson.followup;
    return "";
}

}  // namespace

std::string index_page_html(const std::vector<const Lesson*>& lessons, Lang lang, const StringTable& strings,
                            PageShell shell) {
    std::string body = "<h1>" + html_text(strings.get(lang, "site.index_title")) + "</h1>\n";
    body += "<p>" + html_text(strings.format(lang, "site.index_intro", {{"center", shell.center_name}})) + "</p>\n";
    for (Category topic : kTopics) {
        std::string items;
        for (const Lesson* l : lessons) {
            if (l->category != topic) continue;
            const std::string href = lesson_href(*l, lang);
            if (href.empty()) continue;
            items += "<li><a href=\"" + html_text(href) + "\">" + html_text(l->title.get(lang)) + "</a><br>\n" +
                     html_text(l->summary.get(lang)) + "</li>\n";
        }
        if (items.empty()) continue;
        body += "<h2>" + html_text(strings.get(lang, "home.group." + std::string(category_name(topic)))) + "</h2>\n";
        body += "<ul class=\"lessons\">\n" + items + "</ul>\n";
    }
    shell.lang = lang;
    shell.title = strings.get(lang, "site.index_title") + " — " + shell.center_name;
    return html_document(shell, body);
}

}  // namespace tramso::site
