#!/usr/bin/env bash
# Lays out every C++ file the repository tracks with clang-format (.clang-format):
#   scripts/format.sh           rewrite them in place
#   scripts/format.sh --check   change nothing; list the files that differ and exit 1
# Pinned to clang-format 14 (Debian 12's), because another version lays out some lines differently.
set -euo pipefail
cd "$(dirname "$0")/.."
fmt=clang-format-14
command -v "$fmt" >/dev/null || { echo "format.sh: $fmt not found (apt-get install clang-format-14)" >&2; exit 2; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--check" ]; then
  bad=()
  for f in "${files[@]}"; do
    "$fmt" --style=file "$f" | cmp -s - "$f" || bad+=("$f")
  done
  if [ ${#bad[@]} -gt 0 ]; then
    printf 'not formatted (run scripts/format.sh): %s\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files laid out as .clang-format says"
else
  "$fmt" --style=file -i "${files[@]}"
fi
