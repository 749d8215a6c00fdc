#!/usr/bin/env bash
# In-process frame intervals of GD Lab (issue 14, item 1): not part of `mvn verify`.
# Opens the window at 1600×1000 under Xvfb (software rendering), opens the charts, and for each mode prints the
# median, 95th percentile and largest interval between pulses (from pulse timestamps, PulseProbe):
#   play   the path played at 60 steps/s (goal: median ≤ 18 ms, p95 ≤ 25 ms)
#   alpha  the α slider moved one notch every pulse;  kappa  the same with κ
#   click  the start jumps every 30 pulses: per jump the time to the new path and to its pulse, and which
#          background workers used CPU meanwhile
#   src/bench/latency/frames.sh [seconds, default 8] [modes, default "play alpha kappa"] [--layout-roots] [--painted]
# --layout-roots also lists the deepest nodes that asked for a layout pass of the window, and how often;
# --painted the deepest nodes that changed in a pulse (what its dirty regions are made of).
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_EACH="${1:-8}"
MODES="${2:-play alpha kappa}"
EXTRA="${3:-} ${4:-}"
DISPLAY_NUM="${LATENCY_DISPLAY:-:56}"
mkdir -p target/latency
if [ "${LATENCY_SKIP_BUILD:-0}" != 1 ]; then
  mvn -o -B -ntp -q test-compile
  mvn -o -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/latency/cp.txt
fi
# LATENCY_CLASSES: other compiled classes to measure (e.g. a copy of an earlier build, for before/after runs)
CP="${LATENCY_CLASSES:-target/classes:target/test-classes}:$(cat target/latency/cp.txt)"
XVFB_PID=""
if [ ! -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ]; then
  Xvfb "$DISPLAY_NUM" -screen 0 1600x1000x24 -nolisten tcp >target/latency/xvfb-frames.log 2>&1 &
  XVFB_PID=$!
  sleep 2
fi
cleanup() { if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
for m in $MODES; do
  DISPLAY="$DISPLAY_NUM" timeout 120 java -Dprism.order=sw -cp "$CP" org.gdlab.bench.latency.PulseProbe \
      "$m" 1600x1000 "$SECONDS_EACH" $EXTRA 2>>target/latency/frames.log | grep -a -E "^(FRAMES|LAYOUT|PAINTED|CLICK)" || true
done
