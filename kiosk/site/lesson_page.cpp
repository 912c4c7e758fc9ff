#include "site/lesson_page.h"

#include "site/safety_numbers.h"

namespace tramso::site {

namespace {

std::string paragraph(const LocalText& t, Lang lang, const char* cls = nullptr) {
    if (t.empty()) return "";
    std::string open = cls ? std::string("<p class=\"") + cls + "\">" : std::string("<p>");
    return open + html_text(t.get(lang)) + "</p>\n";
}

std::string figure(const PictureFile& f, const std::string& alt, const std::string& caption) {
    return "<figure><img src=\"" + html_text(f.href) + "\" width=\"" + std::to_string(f.width) + "\" height=\"" +
           std::to_string(f.height) + "\" alt=\"" + html_text(alt) + "\"><figcaption>" + html_text(caption) +
           "</figcaption></figure>\n";
}

std::string pictures_html(const Step& step, const StepPictures& pics, Lang lang, const StringTable& strings) {
    if (!pics.before && !pics.after) return "";
    const std::string target = target_words(step, lang);
    auto alt = [&](const char* key) {
        return target.empty() ? strings.get(lang, "site.alt_phone") : strings.format(lang, key, {{"target", target}});
    };
    std::string out = "<div class=\"pics\">\n";
    if (pics.before) out += figure(*pics.before, alt("site.alt_before"), strings.get(lang, "site.before"));
    if (pics.after) out += figure(*pics.after, alt("site.alt_after"), strings.get(lang, "site.after"));
    return out + "</div>\n";
}

std::string quiz_html(const Step& step, Lang lang, const StringTable& strings) {
    std::string out = "<p><strong>" + html_text(strings.get(lang, "site.quiz")) + "</strong> " +
                      html_text(step.question.get(lang)) + "</p>\n";
    for (const Answer& a : step.answers) {
        if (!a.correct) continue;
        out += "<div class=\"right\">\n<p><strong>" + html_text(strings.get(lang, "site.right_answer")) + "</strong> " +
               html_text(a.text.get(lang)) + "</p>\n";
        out += paragraph(a.feedback, lang);
        out += "</div>\n";
    }
    return out;
}

std::string step_html(const Step& step, int number, const StepPictures& pics, Lang lang, const StringTable& strings) {
    std::string out = "<li>\n<p class=\"n\">" +
                      html_text(strings.format(lang, "site.step", {{"n", std::to_string(number)}})) + "</p>\n";
    switch (step.kind) {
        case StepKind::explain:
        case StepKind::finish:
            out += paragraph(step.text, lang);
            break;
        case StepKind::practice:
            out += paragraph(step.text, lang);
            out += pictures_html(step, pics, lang, strings);
            if (!step.hint.empty())
                out += "<p class=\"note\">" + html_text(strings.get(lang, "site.hint")) + " " +
                       html_text(step.hint.get(lang)) + "</p>\n";
            out += paragraph(step.success, lang);
            break;
        case StepKind::quiz:
            out += quiz_html(step, lang, strings);
            break;
    }
    return out + "</li>\n";
}

std::string learned_html(const Lesson& lesson, Lang lang, const StringTable& strings) {
    std::string items;
    for (const Step& s : lesson.steps)
        for (const LocalText& l : s.learned) items += "<li>" + html_text(l.get(lang)) + "</li>\n";
    if (items.empty()) return "";
    return "<h2>" + html_text(strings.get(lang, "site.learned")) + "</h2>\n<ul>\n" + items + "</ul>\n";
}

const char* number_key(SafetyNumber n) {
    switch (n) {
        case SafetyNumber::police_113:
            return "site.police_113";
        case SafetyNumber::fire_114:
            return "site.fire_114";
        case SafetyNumber::ambulance_115:
            return "site.ambulance_115";
        case SafetyNumber::bank_hotline:
            return "site.bank_hotline";
    }
    return "site.bank_hotline";
}

std::string numbers_html(const Lesson& lesson, Lang lang, const StringTable& strings) {
    const auto numbers = safety_numbers_in(lesson);
    if (numbers.empty()) return "";
    std::string out =
        "<section class=\"numbers\">\n<h2>" + html_text(strings.get(lang, "site.numbers")) + "</h2>\n<ul>\n";
    for (SafetyNumber n : numbers) out += "<li>" + html_text(strings.get(lang, number_key(n))) + "</li>\n";
    return out + "</ul>\n</section>\n";
}

}  // namespace

std::string target_words(const Step& step, Lang lang) {
    if (!step.scene || step.target.empty()) return "";
    if (step.target == "back") return lang == Lang::en ? "back arrow" : "mũi tên quay lại";
    const std::string id = step.target.substr(0, step.target.find('.'));
    const SceneElement* e = find_element(*step.scene, id);
    if (!e) return "";
    if (const auto dot = step.target.find('.'); dot != std::string::npos) {
        const std::string part = step.target.substr(dot + 1);
        for (const TabItem& item : e->items)
            if (item.id == part) return item.label.get(lang);
    }
    for (const LocalText* t : {&e->label, &e->name, &e->text})
        if (!t->empty()) return t->get(lang);
    return "";
}

std::string lesson_page_html(LessonPageInput in) {
    const Lesson& lesson = in.lesson;
    std::string body = "<h1>" + html_text(lesson.title.get(in.lang)) + "</h1>\n";
    body += "<p class=\"note\">" +
            html_text(in.strings.format(in.lang, "site.minutes", {{"n", std::to_string(lesson.minutes)}})) + "</p>\n";
    body += paragraph(lesson.summary, in.lang);
    body += numbers_html(lesson, in.lang, in.strings);
    body += "<ol class=\"steps\">\n";
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const StepPictures none;
        const StepPictures& pics = i < in.pictures.size() ? in.pictures[i] : none;
        body += step_html(lesson.steps[i], int(i) + 1, pics, in.lang, in.strings);
    }
    body += "</ol>\n";
    body += learned_html(lesson, in.lang, in.strings);
    in.shell.lang = in.lang;
    in.shell.title = lesson.title.get(in.lang);
    return html_document(in.shell, body);
}

}  // namespace tramso::site
