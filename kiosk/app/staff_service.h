// Staff mode: the adapter that carries out the flow's staff effects against the
// store, the PIN hash, the content and the export folder, and answers with events. No SDL, no
// ImGui: doctest drives it with an in-memory kiosk database.
#pragma once

#include <vector>

#include "app/flow.h"
#include "app/staff_data.h"
#include "core/clock.h"
#include "core/config.h"
#include "lessons/content.h"
#include "store/store.h"

namespace tramso::app {

class StaffService {
public:
    // `content` is the kiosk's loaded lessons (titles, skipped files); all must outlive this.
    StaffService(store::Store& store, const Config& config, const Content& content, const Clock& clock);

    // Carries out the staff effects in `effects` (others are ignored) and returns the events
    // to feed back to the flow: PIN answers, loaded pages, command results.
    std::vector<Event> carry_out(const std::vector<Effect>& effects);

    // Builds what a page shows (public for tests).
    StaffData load(const fx::StaffLoad& what);
    StaffDashboard dashboard();

    // The language staff last set as the default for new visitors, if any.
    std::optional<Lang> saved_default_language();

private:
    ev::StaffDone run(const fx::StaffCommand& c);
    void audit(const std::string& action, const std::string& detail);
    std::string lesson_title(std::string_view id) const;
    int offset() const { return m_store.options().utc_offset_minutes; }

    store::Store& m_store;
    const Config& m_config;
    const Content& m_content;
    const Clock& m_clock;
    Millis m_started_ms;
};

}  // namespace tramso::app
