/**
 * What a person feels, measured as a whole (issue 14), apart from the tests: the two minimal windows that
 * {@code src/bench/latency/latency.sh} measures GD Lab against ({@link org.gdlab.bench.latency.FloorWindows}),
 * the in-process frame-interval probe that {@code src/bench/latency/frames.sh} runs
 * ({@link org.gdlab.bench.latency.PulseProbe}), and the JMH figures per pulse phase of the whole window
 * against the plotting floor ({@link org.gdlab.bench.latency.PulsePhaseBenchmark}).
 */
package org.gdlab.bench.latency;
