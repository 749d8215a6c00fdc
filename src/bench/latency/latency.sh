#!/usr/bin/env bash
# End-to-end latency benchmark (issue 14, item 3): not part of `mvn verify`.
# Starts Xvfb, runs the two minimal windows (floors) and GD Lab in turn at 1600×1000, drives each with
# xdotool while ffmpeg grabs the watched region at 60 fps, and prints the median latency of each interaction
# and its ratio to the floors. Needs: Xvfb, xdotool, ffmpeg/ffprobe, python3, a JDK 17 and the local Maven repo.
#   src/bench/latency/latency.sh [--n 25] [--rounds 1] [--only floor-slider,floor-plot,gdlab] [--interactions key,drag,…] [--segments 3]
#                                [--warmup-first 64] [--warmup 16] [--java-opts=-Djavafx.pulseLogger=true] [--keep]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DISPLAY_NUM="${LATENCY_DISPLAY:-:55}"
SIZE="${LATENCY_SIZE:-1600x1000}"
XVFB_SIZE="$SIZE"
XVFB_LOG=target/latency/xvfb.log
# LATENCY_CLASSES: other compiled classes to measure (e.g. a copy of an earlier build, for before/after runs)
source src/bench/latency/setup.sh
# LATENCY_OLD_CLASSES: an earlier build measured beside this one in every round (as gdlab-old), e.g.
#   git worktree add /tmp/old <commit> && (cd /tmp/old && mvn -o -q test-compile)
#   LATENCY_OLD_CLASSES=/tmp/old/target/classes:/tmp/old/target/test-classes src/bench/latency/latency.sh --rounds 2
OLD=()
if [ -n "${LATENCY_OLD_CLASSES:-}" ]; then
  OLD=(--old-classpath "$LATENCY_OLD_CLASSES:$(cat target/latency/cp.txt)")
fi
python3 src/bench/latency/latency.py --classpath "$CP" --display "$DISPLAY_NUM" --size "$SIZE" "${OLD[@]}" "$@"
