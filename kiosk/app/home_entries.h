// Questions about what home offers, asked by both the flow and the home screen so they
// always agree (which lesson "Học ngay" opens, which cards carry a tick).
#pragma once

#include "app/flow_types.h"

namespace tramso::app {

// The lesson "Học ngay" opens: the first lesson on home she has not finished, or the first
// lesson when she has finished them all. Null when there are no lessons.
const HomeEntry* learn_now_entry(const State& s);

// True for a lesson entry ("lesson:<id>") she has finished.
bool entry_finished(const State& s, const HomeEntry& e);

}  // namespace tramso::app
