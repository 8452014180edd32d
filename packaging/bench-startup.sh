#!/usr/bin/env bash
# Start-up benchmark: runs a launch command N times under Xvfb, each with a fresh data folder, and reads the app's
# own log line "Main window shown <ms> after launch" (JVM start → main window shown). Prints median and spread.
#   packaging/bench-startup.sh N COMMAND...
#   e.g. packaging/bench-startup.sh 10 target/installer/image/gizmo-studio/bin/gizmo-studio
#        packaging/bench-startup.sh 10 java -jar target/gizmo-studio.jar
set -euo pipefail
N=$1
shift
TIMES=()
for i in $(seq 1 "$N"); do
  WORK=$(mktemp -d)
  LOG=$WORK/log
  HOME=$WORK XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config setsid xvfb-run -a -s "-screen 0 1280x900x24" \
    "$@" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do grep -q "Main window shown" "$LOG" && break; sleep 0.1; done
  MS=$(sed -n 's/.*Main window shown \([0-9]*\) ms after launch.*/\1/p' "$LOG" | head -1)
  kill -- -"$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true
  rm -rf "$WORK"
  [[ -n $MS ]] || { echo "run $i: no window" >&2; continue; }
  TIMES+=("$MS")
  echo "run $i: $MS ms"
done
printf '%s\n' "${TIMES[@]}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
  printf "start-up to window: median %d ms, min %d, max %d, n=%d\n", m, a[1], a[NR], NR}'
