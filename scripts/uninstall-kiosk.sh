#!/usr/bin/env bash
# Removes what scripts/install-kiosk.sh installed: stops and disables tramso-kiosk.service and
# deletes the unit and the program folder. The settings (/etc/tramso) and the data
# (/var/lib/tramso: learners, sessions, backups) stay unless --purge is given.
#
#   sudo scripts/uninstall-kiosk.sh              remove the service and the program
#   sudo scripts/uninstall-kiosk.sh --purge      also delete settings, data and the user tramso
#   scripts/uninstall-kiosk.sh --dry-run         print what it would do
#
# Options: --prefix DIR and --dest-root DIR, as given to install-kiosk.sh.
# The default boot target stays graphical; to boot to a text login again:
#   systemctl set-default multi-user.target
set -euo pipefail

PREFIX=/opt/tramso
CONFIG_DIR=/etc/tramso
STATE_DIR=/var/lib/tramso
UNIT_DIR=/etc/systemd/system
UNIT=tramso-kiosk.service
KIOSK_USER=tramso

ORIGINAL_ARGS=("$@")
DEST_ROOT=""
DRY_RUN=0
PURGE=0

die() { echo "uninstall-kiosk: $*" >&2; exit 1; }
say() { echo "uninstall-kiosk: $*"; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX="${2%/}"; shift 2 ;;
    --dest-root) [ $# -ge 2 ] || die "--dest-root needs a folder"; DEST_ROOT="$2"; shift 2 ;;
    --purge) PURGE=1; shift ;;
    --dry-run) DRY_RUN=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done
# A mistyped prefix must not become "rm -rf /".
case "$PREFIX" in
  /|/usr|/etc|/var|/opt|/home|/root) die "refusing to delete prefix '$PREFIX'" ;;
esac
[[ "$PREFIX" =~ ^/[A-Za-z0-9._/-]+$ ]] || die "refusing prefix '$PREFIX'"

if [ $DRY_RUN -eq 0 ] && [ -z "$DEST_ROOT" ] && [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "must run as root (or with sudo)"
  exec sudo -- "${BASH_SOURCE[0]}" "${ORIGINAL_ARGS[@]}"
fi

run() {
  if [ $DRY_RUN -eq 1 ]; then
    printf '+'; printf ' %q' "$@"; printf '\n'
  else
    "$@"
  fi
}

D="$DEST_ROOT"
if [ -z "$D" ] && command -v systemctl >/dev/null; then
  if [ -e "$UNIT_DIR/$UNIT" ]; then
    run systemctl disable --now "$UNIT"
  fi
fi
run rm -f "$D$UNIT_DIR/$UNIT"
[ -n "$D" ] || ! command -v systemctl >/dev/null || run systemctl daemon-reload
run rm -rf "$D$PREFIX"

if [ $PURGE -eq 1 ]; then
  say "--purge: deleting $CONFIG_DIR and $STATE_DIR (all learners, sessions and backups)"
  run rm -rf "$D$CONFIG_DIR" "$D$STATE_DIR"
  if [ -z "$D" ] && id "$KIOSK_USER" >/dev/null 2>&1; then
    run userdel "$KIOSK_USER"
  fi
else
  say "kept $CONFIG_DIR and $STATE_DIR (the data); --purge deletes them"
fi
