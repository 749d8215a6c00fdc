#!/usr/bin/env bash
# The timeline of single moves (issue 14): not part of `mvn verify`. Per event: when the path was published, laid
# out, the picture came, and the first grabbed frame changed (see timeline.py). Needs what latency.sh needs.
#   src/bench/latency/timeline.sh [--interaction kappa] [--n 21] [--fraction 0.08] [--raw 3] [--java-opts "…"]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DISPLAY_NUM="${LATENCY_DISPLAY:-:58}"
mkdir -p target/latency
if [ "${LATENCY_SKIP_BUILD:-0}" != 1 ]; then
  mvn -o -B -ntp -q test-compile
  mvn -o -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/latency/cp.txt
fi
CP="${LATENCY_CLASSES:-target/classes:target/test-classes}:$(cat target/latency/cp.txt)"
XVFB_PID=""
if [ ! -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ]; then
  Xvfb "$DISPLAY_NUM" -screen 0 1920x1200x24 -nolisten tcp >target/latency/xvfb-timeline.log 2>&1 &
  XVFB_PID=$!
  sleep 2
fi
cleanup() { if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
python3 src/bench/latency/timeline.py --classpath "$CP" --display "$DISPLAY_NUM" "$@"
