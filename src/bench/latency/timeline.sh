#!/usr/bin/env bash
# The timeline of single moves (issue 14): not part of `mvn verify`. Per event: when the path was published, laid
# out, the picture came, and the first grabbed frame changed (see timeline.py). Needs what latency.sh needs.
#   src/bench/latency/timeline.sh [--interaction kappa] [--n 21] [--fraction 0.08] [--raw 3] [--java-opts=-D…]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DISPLAY_NUM="${LATENCY_DISPLAY:-:58}"
XVFB_SIZE=1920x1200
XVFB_LOG=target/latency/xvfb-timeline.log
source src/bench/latency/setup.sh
python3 src/bench/latency/timeline.py --classpath "$CP" --display "$DISPLAY_NUM" "$@"
