// Staff mode: the adapter that carries out the flow's staff effects against the store, the PIN
// hash and the export folder, and answers with events. It runs on the store worker's thread
// (app/store_worker.h), never on the frame loop; each call names the content snapshot the flow
// held when it asked. No SDL, no ImGui: doctest drives it with a scratch kiosk database.
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
    // The store, config and clock must outlive this.
    StaffService(store::Store& store, const Config& config, const Clock& clock);

    // Carries out one staff effect (others are ignored) with the lessons of `content` (titles,
    // skipped files) and returns the event to feed back to the flow, if any: a PIN answer, a
    // loaded page, a command's result.
    std::optional<Event> carry_out(const Effect& effect, const Content& content);
    // The same for each effect in turn (tests).
    std::vector<Event> carry_out(const std::vector<Effect>& effects, const Content& content);

    // Builds what a page shows (public for tests).
    StaffData load(const fx::StaffLoad& what, const Content& content);
    StaffDashboard dashboard(const Content& content);

    // The language staff last set as the default for new visitors, if any.
    std::optional<Lang> saved_default_language();

private:
    ev::StaffDone run(const fx::StaffCommand& c);
    void audit(const std::string& action, const std::string& detail);
    std::string lesson_title(std::string_view id) const;
    int offset() const { return m_store.options().utc_offset_minutes; }

    store::Store& m_store;
    const Config& m_config;
    const Content* m_content = nullptr;  // the snapshot of the call in progress
    const Clock& m_clock;
    Millis m_started_ms;
};

}  // namespace tramso::app
