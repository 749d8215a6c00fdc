package org.gdlab.bench;

import java.util.concurrent.TimeUnit;
import org.gdlab.core.basin.BasinListener;
import org.gdlab.core.basin.BasinMap;
import org.gdlab.core.basin.BasinMapper;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The 256 × 256 basin map of Himmelblau ([−5, 5]²) with GD, α = 0.01, at most 500 steps: all cores vs one
 * thread, with the default tolerance 10⁻⁸ (runs stop when they converge, as in the app) and with tolerance 0
 * (every run takes all 500 steps: 32.8 million steps). {@code stepperBaseline} is the same map's runs
 * through {@link Simulation#stream} on one thread (the generic path that allocates records per step), for
 * the fast path's speed-up.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=BasinBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BasinBenchmark {

    @Param({"1e-8", "0"})
    public double tolerance;

    private BasinSpec spec;

    @Setup
    public void setUp() {
        Surface h = SurfaceCatalog.create("himmelblau");
        RunConfig gd = RunConfig.of(h, Vec2.ZERO, OptimizerKind.GD, 0.01).withMaxSteps(500).withTolerance(tolerance);
        spec = BasinSpec.of(h, gd, ViewRect.square(5), 256);
    }

    @Benchmark
    public BasinMap allCores() {
        return BasinMapper.compute(spec, Runtime.getRuntime().availableProcessors(), BasinListener.none(), CancellationToken.none());
    }

    @Benchmark
    public BasinMap oneThread() {
        return BasinMapper.compute(spec, 1, BasinListener.none(), CancellationToken.none());
    }

    @Benchmark
    public void stepperBaseline(Blackhole bh) {
        for (int j = 0; j < spec.ny(); j++) {
            for (int i = 0; i < spec.nx(); i++) {
                RunEnd end = Simulation.stream(spec.template().withStart(new Vec2(spec.startX(i), spec.startY(j))), bh::consume);
                bh.consume(end);
            }
        }
    }
}
