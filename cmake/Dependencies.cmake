# Every dependency comes from a Debian package. A missing one stops configure with the
# package to install, instead of a cryptic compiler error later.
find_package(PkgConfig REQUIRED)

function(tramso_require_pkg target module debian_pkg)
  pkg_check_modules(${target} IMPORTED_TARGET ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR "Missing dependency '${module}'. Install it with: apt-get install ${debian_pkg}")
  endif()
endfunction()

tramso_require_pkg(SDL2 sdl2 libsdl2-dev)
tramso_require_pkg(SQLITE3 sqlite3 libsqlite3-dev)
tramso_require_pkg(QRENCODE libqrencode libqrencode-dev)
tramso_require_pkg(TOMLPP tomlplusplus libtomlplusplus-dev)
tramso_require_pkg(STB stb libstb-dev)
tramso_require_pkg(SODIUM libsodium libsodium-dev)
tramso_require_pkg(FREETYPE freetype2 libfreetype-dev)
tramso_require_pkg(UTF8PROC libutf8proc libutf8proc-dev)
tramso_require_pkg(PNG libpng libpng-dev)

find_library(IMGUI_LIB imgui)
find_path(IMGUI_INCLUDE imgui.h PATH_SUFFIXES imgui)
set(IMGUI_SDLRENDERER_SRC /usr/share/doc/libimgui-dev/examples/backends/imgui_impl_sdlrenderer.cpp)
if(NOT IMGUI_LIB OR NOT IMGUI_INCLUDE OR NOT EXISTS ${IMGUI_SDLRENDERER_SRC})
  message(FATAL_ERROR "Missing Dear ImGui 1.86. Install it with: apt-get install libimgui-dev")
endif()

find_package(doctest QUIET)
if(NOT doctest_FOUND)
  message(FATAL_ERROR "Missing doctest. Install it with: apt-get install doctest-dev")
endif()
include(/usr/lib/cmake/doctest/doctest.cmake)

set(TRAMSO_FONT_DIR /usr/share/fonts/truetype/noto)
if(NOT EXISTS ${TRAMSO_FONT_DIR}/NotoSans-Regular.ttf)
  message(WARNING "Noto Sans not found in ${TRAMSO_FONT_DIR}. Install it with: apt-get install fonts-noto-core")
endif()
