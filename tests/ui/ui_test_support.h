// A real KioskApp for tests: headless (offscreen video, software renderer), a scratch
// database and voice cache, SDL's dummy audio driver unless the test chose another.
#pragma once

#include <doctest/doctest.h>
#include <stdlib.h>

#include <memory>
#include <string>

#include "common/scratch_dir.h"
#include "common/source_dir.h"
#include "core/config.h"
#include "core/script.h"
#include "dev/script_runner.h"
#include "ui/kiosk_app.h"

namespace tramso::ui::test {

struct HeadlessKiosk {
    tramso::test::ScratchDir dir;
    Config config;
    ManualClock clock;
    std::unique_ptr<KioskApp> app;

    // `tweak` edits the shipped config before the kiosk starts.
    template <class Tweak>
    HeadlessKiosk(AppOptions options, Tweak tweak) {
        // CTest sets it; running the binary by hand should behave the same.
        ::setenv("SDL_AUDIODRIVER", "dummy", 0);
        auto loaded = load_config(std::string(TRAMSO_SOURCE_DIR) + "/config/kiosk.toml");
        REQUIRE(loaded.ok());
        config = *loaded;
        config.paths.database = dir.file("tramso.db");
        config.voice.cache_dir = dir.file("voice-cache");
        tweak(config);
        options.headless = true;
        options.width = 1280;
        options.height = 800;
        auto created = KioskApp::create(config, options, clock);
        REQUIRE_MESSAGE(created.ok(), (created.ok() ? "" : created.error().to_string()));
        app = std::move(*created);
    }
    explicit HeadlessKiosk(AppOptions options = {}) : HeadlessKiosk(std::move(options), [](Config&) {}) {}

    // Runs driver commands (the same language as tests/flows/*.script); true if all passed.
    bool run(const std::string& script) {
        auto parsed = parse_script(script, "inline.script");
        REQUIRE_MESSAGE(parsed.ok(), (parsed.ok() ? "" : parsed.error().to_string()));
        return dev::run_script(*app, clock, *parsed, "") == 0;
    }
    bool shows(const std::string& label) const { return app->registry().drew(label); }
};

}  // namespace tramso::ui::test
