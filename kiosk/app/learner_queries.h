// The adapter between the flow's fx::LearnerQuery and the store: runs one query (a save or a
// look-up) through Store::query on the caller's thread and answers with the ev::LearnerReply
// the flow expects. Each request is one short SQLite statement or two on indexed columns
// (well under a millisecond on a kiosk-sized file), so the frame loop may call it directly.
#pragma once

#include "app/registration.h"
#include "core/resume_code.h"
#include "store/store.h"

namespace tramso::app {

ev::LearnerReply run_learner_query(store::Store& store, const fx::LearnerQuery& query, Millis now_ms,
                                   const RandomSource& random);

}  // namespace tramso::app
