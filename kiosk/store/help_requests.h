// Staff mode's list of the day's "Nhờ cán bộ giúp" requests: when, from where, and how each
// ended (app/help.h says when a request counts as closed).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "store/reports.h"
#include "store/sqlite_db.h"

namespace tramso::store {

struct HelpRequestRow {
    Millis at_ms = 0;
    std::string screen;     // screen_name() of the screen she asked from
    std::string lesson_id;  // the open lesson, or empty
    std::optional<int> step;
    std::string closed_how;           // "back", "staff", an end reason; empty: not closed
    std::optional<Millis> waited_ms;  // until it closed
};

// The requests made in `range`, oldest first.
Result<std::vector<HelpRequestRow>> help_requests(Db& db, TimeRange range);

}  // namespace tramso::store
