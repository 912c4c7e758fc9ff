#include "lessons/pictograms.h"

#include <algorithm>
#include <array>

namespace tramso {

namespace {
constexpr std::array<std::string_view, 28> kPictograms = {
    "phone",  "chat", "video", "call", "shield", "warning", "link",     "qr",    "id-card", "building",
    "mail",   "key",  "robot", "shop", "camera", "photo",   "bank",     "money", "home",    "settings",
    "search", "user", "lock",  "bell", "heart",  "star",    "document", "globe",
};
}  // namespace

std::span<const std::string_view> pictogram_names() { return kPictograms; }

bool is_pictogram(std::string_view name) {
    return std::find(kPictograms.begin(), kPictograms.end(), name) != kPictograms.end();
}

}  // namespace tramso
