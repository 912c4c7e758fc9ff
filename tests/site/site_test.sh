#!/usr/bin/env bash
# `tramso site` from the bundled content, end to end:
# - every bundled lesson gets its page in both languages, and a second run gives the same bytes;
# - tidy finds no HTML errors; check_pages.py: alt text, internal links, no outside requests,
#   NFC, under 150 KB per lesson page with its pictures;
# - the site served as `python3 -m http.server` serves it, under the path of followup.base_url:
#   the finish screen's QR code (decoded from a headless screenshot with zbarimg) opens the
#   lesson's page there;
# - headless Chromium at 360 × 740 and 412 × 915: no page is wider than the viewport, no text
#   is under 18 px; screenshots of the pages (one sheet per size, and a few pages on their own)
#   are left in OUT_DIR to look at;
# - a broken lesson is skipped with its file:line, an unwritable folder is a clear error.
#   site_test.sh TRAMSO TRAMSO_DEV OUT_DIR
set -euo pipefail
tramso=$1 tramso_dev=$2 out=$3
rm -rf "$out" && mkdir -p "$out"
fail() { echo "FAIL: $*" >&2; exit 1; }
setting() { sed -n "s/^$1 *= *\"\([^\"]*\)\".*/\1/p" "$2" | head -n1; }

# --- generate, twice --------------------------------------------------------------------------
"$tramso" site --out "$out/site" --config config/kiosk.toml | tee "$out/generate.txt"
"$tramso" site --out "$out/again" --config config/kiosk.toml >/dev/null
diff -r "$out/site" "$out/again" >/dev/null || fail "two runs gave different files"
for toml in content/lessons/*.toml; do
  slug=$(setting followup "$toml")
  case $slug in "" | https://*) continue ;; esac
  for page in "$slug/index.html" "en/$slug/index.html"; do
    [ -f "$out/site/$page" ] || fail "$toml has no page $page"
  done
done
[ -f "$out/site/index.html" ] && [ -f "$out/site/en/index.html" ] || fail "no index pages"

# --- HTML without a browser --------------------------------------------------------------------
while IFS= read -r -d '' page; do
  rc=0; errors=$(tidy -errors -q "$page" 2>&1) || rc=$?
  [ "$rc" -lt 2 ] || fail "tidy: ${page#"$out"/}: $errors"
done < <(find "$out/site" -name '*.html' -print0)
python3 tests/site/check_pages.py "$out/site" 150000 || fail "check_pages.py found problems"

# --- bad input ---------------------------------------------------------------------------------
mkdir -p "$out/broken/lessons"
cp content/lessons/vneid.toml content/lessons/mat-khau-otp.toml "$out/broken/lessons/"
sed -i 's/^kind = "quiz"/kind = "kwiz"/' "$out/broken/lessons/vneid.toml"
line=$(grep -n '^kind = "kwiz"' "$out/broken/lessons/vneid.toml" | head -n1 | cut -d: -f1)
rc=0; "$tramso" site --out "$out/broken-site" --content "$out/broken" --config config/kiosk.toml \
  >/dev/null 2>"$out/broken.txt" || rc=$?
[ "$rc" -eq 1 ] || fail "a broken lesson should exit 1, got $rc"
grep -q "skipped lesson: $out/broken/lessons/vneid.toml:$line:" "$out/broken.txt" ||
  fail "no file:line for the broken lesson: $(cat "$out/broken.txt")"
[ -f "$out/broken-site/mat-khau-otp/index.html" ] || fail "the good lesson beside a broken one was not written"
[ ! -e "$out/broken-site/vneid" ] || fail "the broken lesson got a page"
mkdir -p "$out/locked" && chmod a-w "$out/locked"
if [ "$(id -u)" -ne 0 ]; then
  rc=0; msg=$("$tramso" site --out "$out/locked/site" --config config/kiosk.toml 2>&1 >/dev/null) || rc=$?
  [ "$rc" -eq 2 ] && [[ $msg == *"$out/locked/site"*"cannot create the folder"* ]] || fail "unwritable folder: $msg"
fi
rc=0; msg=$("$tramso" site --out "$out/site/index.html/x" --config config/kiosk.toml 2>&1 >/dev/null) || rc=$?
[ "$rc" -eq 2 ] && [[ $msg == *"index.html/x"*"cannot create the folder"* ]] || fail "folder over a file: $msg"

# --- served, and reached from the finish screen's QR code -------------------------------------
base=$(setting base_url config/kiosk.toml)
base_path=/${base#*://*/}
mkdir -p "$out/www$base_path" && cp -r "$out/site/." "$out/www$base_path"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server -b 127.0.0.1 -d "$out/www" "$port" >"$out/http.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" 2>/dev/null && break; sleep 0.1; done

id=cuoc-goi-lua-dao
"$tramso_dev" lesson-flow "$id" content >"$out/$id.script"
"$tramso_dev" --headless --script "$out/$id.script" --shots "$out/shots" --size 1920x1080 \
  --db "$out/tramso.db" --config config/kiosk.toml >/dev/null
scanned=$(zbarimg -q --raw "$out/shots/$id-qr.png") || fail "no QR code on the finish screen"
case $scanned in "$base"*) ;; *) fail "QR $scanned is not under $base" ;; esac
local_url="http://127.0.0.1:$port/${scanned#*://*/}"
title=$(python3 - "$local_url" <<'PY'
import re, sys, urllib.request
with urllib.request.urlopen(sys.argv[1]) as r:
    print(re.search(r"<h1>(.*?)</h1>", r.read().decode()).group(1))
PY
) || fail "the QR link $scanned does not open a page on the served site ($local_url)"
want=$(sed -n 's/^title *= *{ *vi *= *"\([^"]*\)".*/\1/p' "content/lessons/$id.toml" | head -n1)
[ "$title" = "$want" ] || fail "the QR link opened '$title', expected '$want'"
echo "finish screen QR $scanned opens $title"

# --- a real browser ----------------------------------------------------------------------------
pages=$(cd "$out/site" && find . -name index.html | sed 's|^\./||' | sort)
browser() { timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --user-data-dir="$out/chromium" "$@" 2>>"$out/chromium.log"; }
for size in 360x740 412x915; do
  w=${size%x*} h=${size#*x}
  # Each page in a frame of the phone's size on one wrapper page: one browser run measures them all.
  { echo '<!DOCTYPE html><html><head><meta charset="utf-8"><title>check</title></head><body style="margin:0">'
    echo '<pre id="out">not measured</pre>'
    for p in $pages; do
      echo "<iframe src=\"$base_path$p\" width=\"$w\" height=\"$h\" style=\"border:1px solid #888;vertical-align:top\"></iframe>"
    done
    cat <<'JS'
<script>
window.addEventListener("load", () => {
  const lines = [];
  for (const f of document.querySelectorAll("iframe")) {
    const doc = f.contentDocument, root = doc.documentElement;
    let smallest = 1000;
    for (const e of doc.body.querySelectorAll("*")) {
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (own) smallest = Math.min(smallest, parseFloat(getComputedStyle(e).fontSize));
    }
    lines.push(`${f.getAttribute("src")} ${root.scrollWidth} ${root.clientWidth} ${smallest}`);
  }
  document.getElementById("out").textContent = lines.join("\n");
});
</script></body></html>
JS
  } >"$out/www/check-$size.html"
  browser --window-size=$((w + 40)),$h --virtual-time-budget=20000 --dump-dom \
    "http://127.0.0.1:$port/check-$size.html" >"$out/dom-$size.html"
  measured=$(sed -n '/<pre id="out">/,/<\/pre>/p' "$out/dom-$size.html" | sed 's/<[^>]*>//g' | grep ' ')
  [ "$(echo "$measured" | wc -l)" -eq "$(echo "$pages" | wc -l)" ] || fail "$size: not every page was measured"
  echo "$measured" | while read -r src doc_w view_w font; do
    [ "$doc_w" -eq "$w" ] && [ "$view_w" -eq "$w" ] || fail "$size: $src is $doc_w px wide in a $view_w px viewport"
    awk "BEGIN{exit !($font >= 18)}" || fail "$size: $src has text at $font px"
  done
  echo "$size: $(echo "$pages" | wc -l) pages as wide as the viewport, text 18 px or more"
  # One screenshot of every page side by side, to look at.
  sed -e 's/<pre id="out">not measured<\/pre>//' -e 's/<br>//' "$out/www/check-$size.html" |
    sed '/<script>/,/<\/script>/d' >"$out/www/sheet-$size.html"
  echo '</body></html>' >>"$out/www/sheet-$size.html"
  browser --window-size=$(( ($(echo "$pages" | wc -l)) * (w + 6) )),$((h + 8)) --virtual-time-budget=20000 \
    --screenshot="$out/sheet-$size.png" "http://127.0.0.1:$port/sheet-$size.html" >/dev/null
done
for shot in "index.html 360x740" "$id/index.html 360x740" "$id/index.html 412x915" "en/$id/index.html 360x740"; do
  set -- $shot
  name=$(echo "$1" | sed 's|/index.html||; s|index.html|index|; s|/|-|g')-$2.png
  browser --window-size=${2/x/,} --virtual-time-budget=5000 --screenshot="$out/$name" \
    "http://127.0.0.1:$port$base_path$1" >/dev/null
done
echo "site OK: $(echo "$pages" | wc -l) pages; screenshots in $out"
