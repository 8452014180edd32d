#!/usr/bin/env bash
# Start-up benchmark of a built app image: launches it N times (default 10) under Xvfb with a fresh data folder each
# time and reads the app's own log line "Main window shown <ms> after launch" (JVM start → first window shown).
#   packaging/bench-startup.sh [IMAGE_DIR] [N] [extra JVM option...]   e.g. ... target/installer/image/gizmo-studio 10 -Xshare:off
set -euo pipefail
IMAGE=${1:-target/installer/image/gizmo-studio}
N=${2:-10}
shift $(( $# > 2 ? 2 : $# ))
EXTRA=("$@")
TIMES=()
for i in $(seq 1 "$N"); do
  WORK=$(mktemp -d)
  LOG=$WORK/log
  if ((${#EXTRA[@]})); then export JDK_JAVA_OPTIONS="${EXTRA[*]}"; fi
  HOME=$WORK XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config setsid xvfb-run -a -s "-screen 0 1280x900x24" \
    "$IMAGE/bin/gizmo-studio" >"$LOG" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do grep -q "Main window shown" "$LOG" && break; sleep 0.1; done
  MS=$(sed -n 's/.*Main window shown \([0-9]*\) ms after launch.*/\1/p' "$LOG" | head -1)
  kill -- -"$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true
  rm -rf "$WORK"
  [[ -n $MS ]] || { echo "run $i: no window" >&2; continue; }
  TIMES+=("$MS")
  echo "run $i: $MS ms"
done
printf '%s\n' "${TIMES[@]}" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2;
  printf "start-up to window: median %d ms, min %d, max %d, n=%d\n", m, a[1], a[NR], NR}'
