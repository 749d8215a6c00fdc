#!/usr/bin/env bash
# Marching squares: ours (JMH, ContourBenchmark.marchingSquares*) against d3-contour 4.0.3 (Node) on the
# same Rosenbrock grid (1200 x 760) and the same 20 thresholds, one thread each, in the same session.
# Usage from anywhere: src/test/js/run-contour-comparison.sh [LOG|LINEAR]   (default LOG)
set -euo pipefail
cd "$(dirname "$0")/../../.."
spacing="${1:-LOG}"

if [ ! -f target/node-bench/node_modules/d3-contour/dist/d3-contour.mjs ]; then
  npm install --prefix target/node-bench --no-audit --no-fund d3-contour@4.0.3 >/dev/null
fi

echo "== d3-contour (Node $(node --version)) =="
node_json=$(node src/test/js/contour-bench.mjs "$spacing")
echo "$node_json"
d3_ms=$(node -e 'console.log(JSON.parse(process.argv[1]).medianMs)' "$node_json")

echo "== ours (JMH, SampleTime, p0.50 = median) =="
jmh_log=target/contour-comparison-jmh.txt
mkdir -p target
mvn -o -q -Pbench test-compile exec:exec \
  -Dbench="ContourBenchmark.marchingSquares.*" > "$jmh_log" 2>&1 || { cat "$jmh_log"; exit 1; }
ours=$(grep -E "^ContourBenchmark\.marchingSquares[A-Za-z]*:p0\.50 +$spacing " "$jmh_log")
echo "$ours"

echo "== ratio d3 / ours (> 1: ours faster) =="
echo "$ours" | awk -v d3="$d3_ms" '{ name=$1; sub(/:p0\.50/, "", name); printf "%-45s %8.2f ms   d3 %8.2f ms   ratio %.2f\n", name, $4, d3, d3 / $4 }'
