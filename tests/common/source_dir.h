// The checkout the tests read bundled files from (content/, config/, assets/, tests/data/).
// Defined once in doctest_main.cpp, not as a compiler flag on every test file, so that the
// same test compiled in another clone or worktree is the same object to ccache.
#pragma once

namespace tramso::test {
const char* source_root();
}  // namespace tramso::test

#define TRAMSO_SOURCE_DIR (::tramso::test::source_root())
