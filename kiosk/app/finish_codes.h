// The finish screen's code, made for the flow: a fresh random reference (never anything about
// her), the lesson's follow-up link carrying it, and that link encoded as a QR matrix.
#pragma once

#include <cstdint>
#include <optional>

#include "app/finish.h"
#include "core/config.h"

namespace tramso::app {

// `followup` is read at each call and must outlive the maker. `seed` makes the references
// repeatable (headless scripts); without one they come from the system's random device. The
// maker owns its generator; call it on one thread.
FinishCodeMaker make_finish_codes(const Config::Followup& followup, std::optional<std::uint32_t> seed = std::nullopt);

}  // namespace tramso::app
