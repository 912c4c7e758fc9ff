// The simulated phone drawn offscreen as a still picture, with the same drawing code and fonts
// the kiosk's lesson screen uses: `tramso site` puts these on the follow-up pages, so what she
// sees at home is what she tapped at the kiosk. No window: ImGui draws through SDL's software
// renderer into a surface in memory.
#pragma once

#include <memory>

#include "core/config.h"
#include "core/lang.h"
#include "core/result.h"
#include "core/string_table.h"
#include "lessons/lesson.h"
#include "site/palette_png.h"

namespace tramso::ui {

class PhonePicture {
public:
    // The phone at the size it has on a 1920 × 1080 panel of config.display's diagonal and scale.
    static Result<std::unique_ptr<PhonePicture>> create(const Config& config, const StringTable& strings);
    ~PhonePicture();
    PhonePicture(const PhonePicture&) = delete;
    PhonePicture& operator=(const PhonePicture&) = delete;

    // The phone showing `scene` as a picture (nothing tappable, nothing highlighted), on white.
    Result<site::RgbaImage> draw(const Scene& scene, Lang lang);

private:
    struct Parts;
    explicit PhonePicture(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m;
};

}  // namespace tramso::ui
