// The pictogram names lesson cards and scene icons may use (content/README.md, "Pictograms").
// The kiosk draws each one itself, so a name outside this list would draw nothing.
#pragma once

#include <span>
#include <string_view>

namespace tramso {

std::span<const std::string_view> pictogram_names();
bool is_pictogram(std::string_view name);

}  // namespace tramso
