// What every screen draws with: theme, fonts, strings in the current language, the widget
// registry, and the screen size. Screens receive it, draw, and return Events.
#pragma once

#include <string>
#include <string_view>

#include "core/clock.h"
#include "core/config.h"
#include "core/lang.h"
#include "core/string_table.h"
#include "core/theme.h"
#include "print/printer_status.h"
#include "ui/fonts.h"
#include "ui/image_cache.h"
#include "ui/touch_input.h"
#include "ui/widget_registry.h"
#include "voice/narration_status.h"

namespace tramso::ui {

struct UiContext {
    const Config& config;
    const Theme& theme;
    const Fonts& fonts;
    const StringTable& strings;
    WidgetRegistry& registry;
    TouchInput& input;
    Lang lang;
    float width, height;
    Millis now_ms;       // monotonic, for animation
    Millis wall_now_ms;  // for clocks shown on screen
    // The screen's background colour, filled by a plain clear before ImGui draws: the
    // software renderer fills a full-screen quad ~10× slower than a clear (bench.sh).
    Rgb* clear_colour;
    // Set by a screen that is animating (a pulsing hint): the loop draws again in ~100 ms.
    bool* animating;
    ImageCache* images;  // lesson pictures
    // Narration: the Listen button is hidden when speech cannot work here, and
    // shows a stop symbol while something is being read.
    bool voice_available = false;
    bool speaking = false;
    bool can_play_recordings = false;                      // a sound device exists: a step's recorded voice can play
    const voice::NarrationStatus* voice_status = nullptr;  // why narration is off (staff dashboard)
    const PrinterStatus* printer_status = nullptr;         // the receipt printer as the kiosk saw it

    const std::string& t(std::string_view key) const { return strings.get(lang, key); }
    const Metrics& m() const { return theme.metrics; }
    const Palette& p() const { return theme.palette; }
};

}  // namespace tramso::ui
