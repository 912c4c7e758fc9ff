#include "app/home_entries.h"

namespace tramso::app {
namespace {

constexpr std::string_view kLessonPrefix = "lesson:";

bool is_lesson(const HomeEntry& e) { return e.id.rfind(kLessonPrefix, 0) == 0; }

}  // namespace

bool entry_finished(const State& s, const HomeEntry& e) {
    return is_lesson(e) && s.lessons_finished.count(e.id.substr(kLessonPrefix.size())) > 0;
}

const HomeEntry* learn_now_entry(const State& s) {
    const HomeEntry* first = nullptr;
    for (const HomeEntry& e : s.home_entries) {
        if (!is_lesson(e)) continue;
        if (!first) first = &e;
        if (!entry_finished(s, e)) return &e;
    }
    return first;
}

}  // namespace tramso::app
