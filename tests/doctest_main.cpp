#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include "common/source_dir.h"

const char* tramso::test::source_root() { return TRAMSO_SOURCE_PATH; }
