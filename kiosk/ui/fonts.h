// Noto Sans at the few sizes the theme uses, rasterised by FreeType with Vietnamese glyphs.
// Only these sizes are loaded: the atlas is the largest piece of memory the kiosk holds.
#pragma once

#include <string>

#include "core/result.h"
#include "core/theme.h"

struct ImFont;
struct ImFontAtlas;

namespace tramso::ui {

struct Fonts {
    ImFont* small = nullptr;
    ImFont* body = nullptr;
    ImFont* bold = nullptr;  // button labels, emphasis
    ImFont* heading = nullptr;
    ImFont* display = nullptr;  // attract title, resume codes
};

// Fills `atlas` (cleared first). The display font, by far the largest, holds only ASCII and
// the characters of `display_text` (the UI strings that may be shown that big): rasterising
// the whole Vietnamese range at that size was half the start-up time.
// Error names the missing font file and the Debian package.
Result<Fonts> load_fonts(ImFontAtlas& atlas, const std::string& font_dir, const Metrics& m,
                         const std::string& display_text);

}  // namespace tramso::ui
