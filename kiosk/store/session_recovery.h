// After a crash or power cut, sessions (and their lesson runs) that were never ended are closed
// with end reason 'interrupted' at the time of their last recorded event, so reports do not
// count a session as lasting until the next morning.
#pragma once

#include <string_view>

#include "store/sqlite_db.h"

namespace tramso::store {

// Closes this kiosk's open sessions and their open lesson runs, in one transaction. Call once
// at start, before this process records anything. Returns how many sessions it closed.
Result<int> close_interrupted_sessions(Db& db, std::string_view kiosk_id);

}  // namespace tramso::store
