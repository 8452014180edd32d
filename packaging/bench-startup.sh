#!/usr/bin/env bash
# Start-up benchmark: runs a launch command N times under Xvfb, each with a fresh data folder, and reads the app's
# own log lines "Main window shown <ms> after launch" (JVM start → main window shown) and "Connected <ms> after
# launch" (→ the window connected to its engine: the library loads, Generate works). Prints median and spread of both.
#   packaging/bench-startup.sh N COMMAND...
#   e.g. packaging/bench-startup.sh 10 target/installer/image/gizmo-studio/bin/gizmo-studio
#        packaging/bench-startup.sh 10 java -jar target/gizmo-studio.jar
# SEEN=1 keeps one data folder for all runs (after a first, unmeasured one): the start of a library that exists.
set -euo pipefail
N=$1
shift
WINDOW=()
CONNECTED=()
KEEP=
if [[ ${SEEN:-0} == 1 ]]; then KEEP=$(mktemp -d); fi
launch() { # $1: log file; echoes nothing, leaves the log
  local home=${KEEP:-$(dirname "$1")}
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config setsid xvfb-run -a -s "-screen 0 1280x900x24" \
    "${CMD[@]}" >"$1" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do grep -q "Connected [0-9]* ms after launch" "$1" && break; sleep 0.1; done
  kill -- -"$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  # the next run takes the same instance lock: wait until this run's processes (its session) are gone
  for _ in $(seq 1 100); do pgrep -s "$pid" >/dev/null 2>&1 || break; sleep 0.1; done
}
CMD=("$@")
if [[ -n $KEEP ]]; then W=$(mktemp -d); launch "$W/log"; rm -rf "$W"; fi
for i in $(seq 1 "$N"); do
  WORK=$(mktemp -d)
  launch "$WORK/log"
  MS=$(sed -n 's/.*Main window shown \([0-9]*\) ms after launch.*/\1/p' "$WORK/log" | head -1)
  CMS=$(sed -n 's/.*Connected \([0-9]*\) ms after launch.*/\1/p' "$WORK/log" | head -1)
  rm -rf "$WORK"
  [[ -n $MS && -n $CMS ]] || { echo "run $i: no window or no connection" >&2; continue; }
  WINDOW+=("$MS")
  CONNECTED+=("$CMS")
  echo "run $i: window $MS ms, connected $CMS ms"
done
[[ -n $KEEP ]] && rm -rf "$KEEP"
stats() { sort -n | awk -v what="$1" '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
  printf "%s: median %d ms, min %d, max %d, n=%d\n", what, m, a[1], a[NR], NR}'; }
printf '%s\n' "${WINDOW[@]}" | stats "launch to window"
printf '%s\n' "${CONNECTED[@]}" | stats "launch to connected"
