// Marching squares peer benchmark: d3-contour 4.0.3 on the grid and thresholds of
// org.gdlab.bench.ContourBenchmark#marchingSquaresSequential (Rosenbrock on [-2, 2] x [-1, 3], 1200 x 760,
// 20 levels). Node is started once, warmed up like JMH (5 x 1 s), then measured (5 x 1 s); prints the
// median and the output counts. Usage (from the project root):
//   npm install --prefix target/node-bench d3-contour@4.0.3
//   node src/test/js/contour-bench.mjs [LOG|LINEAR]
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const d3Path = resolve(process.env.D3_CONTOUR ?? "target/node-bench/node_modules/d3-contour/dist/d3-contour.mjs");
const { contours } = await import(pathToFileURL(d3Path).href);

const spacing = (process.argv[2] ?? "LOG").toUpperCase();
const NX = 1200, NY = 760, LEVELS = 20;
const xMin = -2, xMax = 2, yMin = -1, yMax = 3;

// Same lattice and arithmetic as ScalarGrid.sample: x_i = xMin + i*((xMax - xMin)/(nx - 1)), last = xMax.
const coord = (lo, hi, k, n) => (k === n - 1 ? hi : lo + k * ((hi - lo) / (n - 1)));
const values = new Float64Array(NX * NY);
for (let j = 0; j < NY; j++) {
  const y = coord(yMin, yMax, j, NY);
  for (let i = 0; i < NX; i++) {
    const x = coord(xMin, xMax, i, NX);
    const a = 1 - x, b = y - x * x;
    values[j * NX + i] = a * a + 100 * b * b;
  }
}
let min = Infinity, max = -Infinity;
for (const v of values) { if (v < min) min = v; if (v > max) max = v; }

// Same levels as Levels.of / ColorScale.fromUnit (LOG_DELTA = 1e-5).
const DELTA = 1e-5, SPAN = Math.log((1 + DELTA) / DELTA);
const thresholds = [];
for (let k = 0; k < LEVELS; k++) {
  const t = (k + 1) / (LEVELS + 1);
  const r = spacing === "LOG" ? DELTA * Math.exp(t * SPAN) - DELTA : t;
  thresholds.push(min + r * (max - min));
}

const generator = contours().size([NX, NY]).thresholds(thresholds);
const run = () => generator(values);

function iterations(seconds, samples) {
  for (let it = 0; it < 5; it++) {
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      const t0 = performance.now();
      run();
      const t1 = performance.now();
      if (samples) samples.push(t1 - t0);
    }
  }
}

iterations(1, null);          // warm-up: 5 x 1 s
const samples = [];
iterations(1, samples);       // measurement: 5 x 1 s
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];

let rings = 0, points = 0;
for (const mp of run()) for (const polygon of mp.coordinates) for (const ring of polygon) { rings++; points += ring.length; }
console.log(JSON.stringify({ peer: "d3-contour 4.0.3", node: process.version, spacing, nx: NX, ny: NY,
  thresholds: thresholds.length, samples: samples.length, medianMs: +median.toFixed(3), rings, points }));
