#!/usr/bin/env bash
# In-process frame intervals of GD Lab (issue 14, item 1): not part of `mvn verify`.
# Opens the window at 1600×1000 under Xvfb (software rendering), opens the charts, and for each mode prints the
# median, 95th percentile and largest interval between pulses (from pulse timestamps, PulseProbe):
#   play   the path played at 60 steps/s (goal: median ≤ 18 ms, p95 ≤ 25 ms)
#   alpha  the α slider moved one notch every pulse;  kappa  the same with κ
#   click  the start jumps every 30 pulses: per jump the time to the new path and to its pulse, and which
#          background workers used CPU meanwhile
#   src/bench/latency/frames.sh [seconds, default 8] [modes, default "play alpha kappa"] [--warm S] [--layout-roots] [--painted]
# --warm S runs each mode S seconds unmeasured first (the JIT compiler's first minute; PulseProbe).
# --layout-roots also lists the deepest nodes that asked for a layout pass of the window, and how often;
# --painted the deepest nodes that changed in a pulse (what its dirty regions are made of).
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_EACH="${1:-8}"
MODES="${2:-play alpha kappa}"
EXTRA="${*:3}"
DISPLAY_NUM="${LATENCY_DISPLAY:-:56}"
XVFB_SIZE=1600x1000
XVFB_LOG=target/latency/xvfb-frames.log
# LATENCY_CLASSES: other compiled classes to measure (e.g. a copy of an earlier build, for before/after runs)
source src/bench/latency/setup.sh
for m in $MODES; do
  DISPLAY="$DISPLAY_NUM" timeout 120 java -Dprism.order=sw -cp "$CP" org.gdlab.bench.latency.PulseProbe \
      "$m" 1600x1000 "$SECONDS_EACH" $EXTRA 2>>target/latency/frames.log | grep -a -E "^(FRAMES|LAYOUT|PAINTED|CLICK)" || true
done
