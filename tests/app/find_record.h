// Finds the first record of one kind among a flow's effects, for tests that check what was
// recorded and with which facts.
#pragma once

#include <vector>

#include "app/flow.h"

namespace tramso::test {

template <class R>
const R* find_record(const std::vector<app::Effect>& effects) {
    for (const app::Effect& e : effects)
        if (const auto* r = std::get_if<app::fx::Record>(&e))
            if (const auto* found = std::get_if<R>(r)) return found;
    return nullptr;
}

}  // namespace tramso::test
