#include "ui/memory_figures.h"

#include <malloc.h>

#include <cstdio>

namespace tramso::ui {
namespace {

double mb(double bytes) { return bytes / 1048576.0; }

}  // namespace

std::size_t heap_in_use_bytes() { return mallinfo2().uordblks; }

std::string describe(const MemoryFigures& f) {
    char speech[96] = "speech=off";
    if (f.speech)
        std::snprintf(speech, sizeof speech, "speech=%.1f MB (%zu sentences)", mb(double(f.speech->memory_bytes)),
                      f.speech->memory_entries);
    char line[320];
    std::snprintf(line, sizeof line, "heap in use=%.1f MB %s pictures=%.1f MB (%zu) font atlas=%.1f MB SQLite=%.1f MB",
                  mb(double(f.heap_in_use_bytes)), speech, mb(double(f.pictures.bytes)), f.pictures.pictures,
                  mb(double(f.font_atlas_bytes)), mb(double(f.sqlite_bytes)));
    return line;
}

}  // namespace tramso::ui
