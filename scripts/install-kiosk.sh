#!/usr/bin/env bash
# Installs Trạm Số as the kiosk of a Debian 12 machine: builds Release, installs the program to
# /opt/tramso, the settings to /etc/tramso/kiosk.toml (never overwriting an edited one), the data
# folder /var/lib/tramso (owned by the system user tramso, mode 0700), and the systemd unit
# tramso-kiosk.service, which the machine boots straight into.
#
#   sudo scripts/install-kiosk.sh                 install, enable; reboot to start the kiosk
#   scripts/install-kiosk.sh --dry-run            print every step and the unit; change nothing
#   sudo scripts/install-kiosk.sh --no-service    install the files only; prints how to run by hand
#
# Options:
#   --prefix DIR       where the program goes (default /opt/tramso)
#   --dest-root DIR    put every file under DIR instead of / (staging a package, or a test run);
#                      installs no packages, creates no user, changes no owners, runs no systemctl
#   --prebuilt DIR     install DIR/tramso and DIR/tramso-session instead of building
#   --no-service       no unit, no systemctl
#   --dry-run          say what would be done
#
# Safe to run again: program files are replaced (a running kiosk is restarted to pick them
# up); /etc/tramso/kiosk.toml and everything in /var/lib/tramso are kept.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX=/opt/tramso
CONFIG_DIR=/etc/tramso
STATE_DIR=/var/lib/tramso
UNIT_DIR=/etc/systemd/system
UNIT=tramso-kiosk.service
KIOSK_USER=tramso
# video, render: the GPU; input: the touch panel; audio: speech; lp: the receipt printer.
KIOSK_GROUPS=(video input render audio lp)
# Besides the build dependencies: the compositor, and pam_systemd for the logind session.
RUNTIME_PACKAGES=(cage libpam-systemd)

ORIGINAL_ARGS=("$@")
DEST_ROOT=""
PREBUILT=""
DRY_RUN=0
WITH_SERVICE=1

die() { echo "install-kiosk: $*" >&2; exit 1; }
say() { echo "install-kiosk: $*"; }

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX="$2"; shift 2 ;;
    --dest-root) [ $# -ge 2 ] || die "--dest-root needs a folder"; DEST_ROOT="$2"; shift 2 ;;
    --prebuilt) [ $# -ge 2 ] || die "--prebuilt needs a folder"; PREBUILT="$2"; shift 2 ;;
    --no-service) WITH_SERVICE=0; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

# The prefix ends up in sed expressions and the unit's ExecStart: keep it plain.
[[ "$PREFIX" =~ ^/[A-Za-z0-9._/-]+$ ]] || die "--prefix must be an absolute path of letters, digits, '.', '_', '-' and '/': '$PREFIX'"
PREFIX="${PREFIX%/}"
if [ -n "$DEST_ROOT" ]; then
  [ $DRY_RUN -eq 1 ] || mkdir -p "$DEST_ROOT"
  DEST_ROOT="$(cd "$DEST_ROOT" 2>/dev/null && pwd || echo "$DEST_ROOT")"
fi
if [ -n "$PREBUILT" ]; then
  PREBUILT="$(cd "$PREBUILT" && pwd)" || die "--prebuilt: no folder '$PREBUILT'"
fi

if [ $DRY_RUN -eq 0 ] && [ -z "$DEST_ROOT" ] && [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "must run as root (or with sudo)"
  exec sudo -- "${BASH_SOURCE[0]}" "${ORIGINAL_ARGS[@]}"
fi

# run CMD...: do it, or under --dry-run just show it.
run() {
  if [ $DRY_RUN -eq 1 ]; then
    printf '+'; printf ' %q' "$@"; printf '\n'
  else
    "$@"
  fi
}

# write_file MODE PATH < content: write atomically (temp file, then rename), or show it.
write_file() {
  local mode="$1" path="$2" content
  content="$(cat)"
  if [ $DRY_RUN -eq 1 ]; then
    echo "+ write $path (mode $mode):"
    printf '%s\n' "$content" | sed 's/^/|  /'
    return
  fi
  mkdir -p "$(dirname "$path")"
  printf '%s\n' "$content" > "$path.new"
  chmod "$mode" "$path.new"
  mv -f "$path.new" "$path"
}

# replace_tree SRC DST: DST becomes a fresh copy of SRC (readable by all, writable by root).
replace_tree() {
  local src="$1" dst="$2"
  run rm -rf "$dst.new"
  run cp -R "$src" "$dst.new"
  run chmod -R u=rwX,go=rX "$dst.new"
  run rm -rf "$dst"
  run mv "$dst.new" "$dst"
}

D="$DEST_ROOT"
SYSTEM=1  # touch the running system (packages, user, owners, systemctl)?
[ -z "$D" ] || SYSTEM=0

render_unit() {
  sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@CONFIG@|$CONFIG_DIR/kiosk.toml|g" \
      -e "s|@STATE_DIR@|$STATE_DIR|g" -e "s|@USER@|$KIOSK_USER|g" "$REPO/scripts/kiosk.service"
}

# The shipped kiosk.toml has paths relative to the repository; the installed one points at
# the installed content and strings, and at the data folder.
render_config() {
  echo "# Installed by scripts/install-kiosk.sh. This copy is yours: reinstalling never overwrites it;"
  echo "# the shipped default is $PREFIX/config/kiosk.toml."
  sed -e "s|^\(content_dir *= *\)\"[^\"]*\"|\1\"$PREFIX/content\"|" \
      -e "s|^\(strings_dir *= *\)\"[^\"]*\"|\1\"$PREFIX/assets/strings\"|" \
      -e "s|^\(database *= *\)\"[^\"]*\"|\1\"$STATE_DIR/tramso.db\"|" "$REPO/config/kiosk.toml"
}

# ---- 1. packages and build -------------------------------------------------------------------
BIN_DIR="$REPO/build/release"
if [ $SYSTEM -eq 1 ]; then
  # shellcheck disable=SC1091  # deps.sh is checked on its own
  source "$REPO/scripts/deps.sh"
  if [ $DRY_RUN -eq 1 ]; then
    run tramso_install_deps "${TRAMSO_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"
  else
    tramso_install_deps "${TRAMSO_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"
  fi
fi
if [ -n "$PREBUILT" ]; then
  BIN_DIR="$PREBUILT"
else
  # Build as whoever owns the checkout, so no root-owned files are left in build/.
  builder=()
  owner="$(stat -c %U "$REPO")"
  [ "$(id -u)" -ne 0 ] || [ "$owner" = root ] || builder=(runuser -u "$owner" --)
  run "${builder[@]}" cmake -S "$REPO" -B "$BIN_DIR" -DCMAKE_BUILD_TYPE=Release
  run "${builder[@]}" cmake --build "$BIN_DIR" --target tramso tramso-session -j"$(nproc)"
fi
if [ $DRY_RUN -eq 0 ]; then
  for exe in tramso tramso-session; do
    [ -x "$BIN_DIR/$exe" ] || die "no program $BIN_DIR/$exe (did the build fail?)"
  done
fi

# ---- 2. the kiosk's system user --------------------------------------------------------------
if [ $SYSTEM -eq 1 ]; then
  if ! id "$KIOSK_USER" >/dev/null 2>&1; then
    run useradd --system --user-group --home-dir "$STATE_DIR" --no-create-home \
      --shell /usr/sbin/nologin --comment "Tram So kiosk" "$KIOSK_USER"
  fi
  groups=()
  for g in "${KIOSK_GROUPS[@]}"; do
    if getent group "$g" >/dev/null; then groups+=("$g"); else say "no group '$g' on this system; skipped"; fi
  done
  if [ ${#groups[@]} -gt 0 ]; then
    run usermod --append --groups "$(IFS=,; echo "${groups[*]}")" "$KIOSK_USER"
  fi
else
  say "staging under $D: no user '$KIOSK_USER' is created and no owners are changed"
fi

# ---- 3. program, content and settings --------------------------------------------------------
run install -d -m 0755 "$D$PREFIX" "$D$PREFIX/bin" "$D$PREFIX/config"
run install -m 0755 "$BIN_DIR/tramso" "$D$PREFIX/bin/tramso"
run install -m 0755 "$BIN_DIR/tramso-session" "$D$PREFIX/bin/tramso-session"
replace_tree "$REPO/assets" "$D$PREFIX/assets"
replace_tree "$REPO/content" "$D$PREFIX/content"
run install -m 0644 "$REPO/config/kiosk.toml" "$D$PREFIX/config/kiosk.toml"

run install -d -m 0755 "$D$CONFIG_DIR"
if [ -e "$D$CONFIG_DIR/kiosk.toml" ]; then
  say "keeping $CONFIG_DIR/kiosk.toml (compare with $PREFIX/config/kiosk.toml for new settings)"
else
  # 0640 root:tramso: the kiosk reads it, only root changes it.
  render_config | write_file 0640 "$D$CONFIG_DIR/kiosk.toml"
  [ $SYSTEM -eq 0 ] || run chgrp "$KIOSK_USER" "$D$CONFIG_DIR/kiosk.toml"
fi

# The data folder: the database, its backups, a log file when run by hand. Only the kiosk's
# user may enter it: it holds learners' names and phone numbers.
for dir in "$STATE_DIR" "$STATE_DIR/backups" "$STATE_DIR/log"; do
  run install -d -m 0700 "$D$dir"
  run chmod 0700 "$D$dir"
done
[ $SYSTEM -eq 0 ] || run chown -R "$KIOSK_USER:$KIOSK_USER" "$STATE_DIR"

# ---- 4. the service --------------------------------------------------------------------------
if [ $WITH_SERVICE -eq 1 ]; then
  render_unit | write_file 0644 "$D$UNIT_DIR/$UNIT"
  if [ $SYSTEM -eq 1 ]; then
    run systemctl daemon-reload
    run systemctl enable "$UNIT"
    run systemctl set-default graphical.target
    run systemctl try-restart "$UNIT"  # an upgrade takes effect now; a fresh install at boot
  fi
  say "installed. The kiosk starts at the next boot, or now with: systemctl start $UNIT"
  say "its log: journalctl -u $UNIT"
else
  cat <<EOF
install-kiosk: files installed; no service (--no-service). To run the kiosk by hand:
  from a console login on the kiosk's screen (not over SSH), as a user in the groups ${KIOSK_GROUPS[*]}:
    cage -s -- $PREFIX/bin/tramso --config $CONFIG_DIR/kiosk.toml --db \$HOME/tramso.db
  or in a window on a desktop:
    $PREFIX/bin/tramso --windowed --config $CONFIG_DIR/kiosk.toml --db \$HOME/tramso.db
  ($STATE_DIR belongs to the user '$KIOSK_USER'; the service uses $STATE_DIR/tramso.db.)
EOF
fi
