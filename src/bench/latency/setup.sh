# Shared set-up of the benchmark scripts here (latency.sh, frames.sh, timeline.sh): sourced, not run. From the
# repository's top: builds the test classes and their class path (unless LATENCY_SKIP_BUILD=1), sets CP to
# the classes to measure (LATENCY_CLASSES: another build's, e.g. a copy of an earlier one) with that class
# path, and starts Xvfb on DISPLAY_NUM at XVFB_SIZE unless a server is there, stopping it on exit.
# Needs DISPLAY_NUM, XVFB_SIZE and XVFB_LOG set by the caller.
mkdir -p target/latency
if [ "${LATENCY_SKIP_BUILD:-0}" != 1 ]; then
  mvn -o -B -ntp -q test-compile
  mvn -o -B -ntp -q org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/latency/cp.txt
fi
CP="${LATENCY_CLASSES:-target/classes:target/test-classes}:$(cat target/latency/cp.txt)"
XVFB_PID=""
if ! xdpyinfo -display "$DISPLAY_NUM" >/dev/null 2>&1 && [ ! -e "/tmp/.X11-unix/X${DISPLAY_NUM#:}" ]; then
  Xvfb "$DISPLAY_NUM" -screen 0 "${XVFB_SIZE}x24" -nolisten tcp >"$XVFB_LOG" 2>&1 &
  XVFB_PID=$!
  sleep 2
fi
cleanup() { if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
