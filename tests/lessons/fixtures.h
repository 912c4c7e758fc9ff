// Where the lesson test data lives: tests/data/lessons is laid out like content/ (lessons/,
// images/, audio/), so the same loader reads it.
#pragma once

#include <filesystem>
#include <string>
#include "common/source_dir.h"

namespace tramso::test {

inline std::filesystem::path source_dir() { return TRAMSO_SOURCE_DIR; }
inline std::filesystem::path fixture_root() { return source_dir() / "tests/data/lessons"; }
inline std::filesystem::path fixture(const std::string& name) { return fixture_root() / "lessons" / name; }

}  // namespace tramso::test
