#!/usr/bin/env bash
# Installs the built .deb on this machine, uses it as a user would and removes it again:
#   gizmo-studio --version, a generate from the installed command (validated by MuJoCo), the menu entry, icons and
#   file types in place, the GUI launched under Xvfb until its window shows (screenshot checked not blank), then
#   `apt-get remove` leaves nothing behind. Run as root (or with sudo) after packaging/build-installers.sh deb.
#   packaging/smoke-test-deb.sh [DEB] [SCREENSHOT.png]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DEB=${1:-$(ls target/installer/dist/gizmo-studio_*.deb | head -1)}
SHOT=${2:-target/installer/installed-app.png}
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }
WORK=$(mktemp -d)
cleanup() {
  [[ -n ${APP_PID:-} ]] && kill -- -"$APP_PID" 2>/dev/null || true
  as_root apt-get remove -y -qq gizmo-studio >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "smoke-test: installing $DEB ($(du -h "$DEB" | cut -f1))"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$DEB" >/dev/null || fail "apt-get install"
[[ $(command -v gizmo-studio) == /usr/bin/gizmo-studio ]] || fail "gizmo-studio is not on the PATH"
for f in /usr/share/applications/gizmo-studio.desktop /usr/share/mime/packages/gizmo-studio.xml \
         /usr/share/icons/hicolor/48x48/apps/gizmo-studio.png /usr/share/icons/hicolor/256x256/apps/gizmo-studio.png; do
  [[ -f $f ]] || fail "$f not installed"
done

# The class-data sharing archive made at install time, and the launcher using it (class loading logged once).
JSA=/opt/gizmo-studio/lib/runtime/lib/server/classes.jsa
[[ -s $JSA ]] || fail "no class-data sharing archive after install"
LOADS=$(JAVA_TOOL_OPTIONS=-Xlog:class+load=info gizmo-studio --version 2>/dev/null || true)
SHARED=$(grep -c 'source: shared objects file' <<<"$LOADS" || true)
echo "smoke-test: class-data sharing archive $(du -h "$JSA" | cut -f1), $SHARED classes from it for --version"
grep -q '^\[.*io\.gizmostudio\.Main source: shared objects file' <<<"$LOADS" \
  || fail "the launcher does not take the app's classes from the class-data sharing archive"

VERSION=$(gizmo-studio --version)
echo "smoke-test: $VERSION"
[[ $VERSION == "Gizmo Studio "[0-9]* ]] || fail "--version printed '$VERSION'"

# The CLI from the installed runtime: a generated asset, judged by real MuJoCo.
REAL_HOME=$HOME
export HOME=$WORK/home XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
mkdir -p "$HOME"
gizmo-studio generate "a 4-DOF robot arm with a parallel gripper" --format mjcf --out "$WORK/out" --unpack \
  >"$WORK/generate.log" 2>&1 || { cat "$WORK/generate.log"; fail "generate"; }
MJCF=$(find "$WORK/out" -name '*.xml' -path '*mujoco*' | head -1)
[[ -n $MJCF ]] || { ls -R "$WORK/out"; fail "generate wrote no MJCF"; }
if [[ -x ../shared/validate/mjcf.sh ]]; then
  HOME=$REAL_HOME bash ../shared/validate/mjcf.sh "$MJCF" >"$WORK/mjcf.log" 2>&1 || { cat "$WORK/mjcf.log"; fail "MuJoCo refused the generated MJCF"; }
  echo "smoke-test: generated MJCF loads in MuJoCo"
fi

# The GUI, as the menu entry starts it, until the main window shows.
SERVER_NUM=$((90 + RANDOM % 100))
setsid xvfb-run -n "$SERVER_NUM" -s "-screen 0 1280x900x24" -f "$WORK/xauth" \
  /opt/gizmo-studio/bin/gizmo-studio >"$WORK/gui.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  grep -q "Main window shown" "$WORK/gui.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/gui.log"; fail "the app exited before showing its window"; }
  sleep 0.5
done
grep -q "Main window shown" "$WORK/gui.log" || { cat "$WORK/gui.log"; fail "no window within 60 s"; }
grep "Main window shown" "$WORK/gui.log" | sed 's/^/smoke-test: /'
sleep 4 # the library's first page and the thumbnails
mkdir -p "$(dirname "$SHOT")"
DISPLAY=:$SERVER_NUM XAUTHORITY=$WORK/xauth import -window root "$SHOT" || fail "screenshot"
SPREAD=$(convert "$SHOT" -colorspace Gray -format '%[fx:standard_deviation]' info:)
COLOURS=$(convert "$SHOT" -format '%k' info:)
echo "smoke-test: screenshot $SHOT: grey spread $SPREAD, $COLOURS colours"
awk -v s="$SPREAD" -v c="$COLOURS" 'BEGIN { exit !(s > 0.05 && c > 50) }' || fail "the window looks blank"
if grep -q "3D is not available\|SCENE3D" "$WORK/gui.log"; then fail "the installed app reports no 3D"; fi
kill -- -"$APP_PID" 2>/dev/null || true
wait "$APP_PID" 2>/dev/null || true
APP_PID=

as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq gizmo-studio >/dev/null || fail "apt-get remove"
[[ ! -e /usr/bin/gizmo-studio && ! -e /usr/share/applications/gizmo-studio.desktop && ! -d /opt/gizmo-studio/bin \
   && ! -e /opt/gizmo-studio/lib/runtime/lib/server/classes.jsa ]] \
  || fail "remove left files behind"
echo "smoke-test: installed, used and removed cleanly"
