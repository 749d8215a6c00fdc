#!/usr/bin/env bash
# Where the CPU goes while GD Lab answers single moves (issue 14): not part of `mvn verify`. Fetches
# async-profiler 3.0 (tools.profiler:async-profiler, Maven Central) into the local repository, starts GD Lab
# under Xvfb with it loaded, and prints each pulse phase's share of the JavaFX and render threads' samples over
# N single moves (see cpu_profile.py). Linux x64. Needs what latency.sh needs, plus jcmd and unzip.
#   src/bench/latency/profile.sh [--interaction kappa] [--n 120] [--interval 1ms] [--java-opts=-D…]
set -euo pipefail
cd "$(dirname "$0")/../../.."
DISPLAY_NUM="${LATENCY_DISPLAY:-:59}"
XVFB_SIZE=1920x1200
XVFB_LOG=target/latency/xvfb-profile.log
source src/bench/latency/setup.sh
PROFILER_VERSION=3.0
JAR="$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION.jar"
if [ ! -f "$JAR" ]; then
  mvn -B -ntp -q dependency:get -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION"
fi
LIB=target/latency/async-profiler/linux-x64/libasyncProfiler.so
if [ ! -f "$LIB" ]; then
  unzip -q -o "$JAR" 'linux-x64/*' -d target/latency/async-profiler
fi
python3 src/bench/latency/cpu_profile.py --classpath "$CP" --profiler "$(pwd)/$LIB" --display "$DISPLAY_NUM" "$@"
