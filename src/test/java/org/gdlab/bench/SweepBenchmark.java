package org.gdlab.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.sweep.LearningRateSweep;
import org.gdlab.core.sweep.SweepResult;
import org.gdlab.core.sweep.SweepSpec;
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

/**
 * A 120-point learning-rate sweep (α ∈ [10⁻³, 1], log grid) of 1,000-step runs on the quadratic κ = 10,
 * θ = 30° from (−4.5, 2), tolerance 0 so that every run that does not diverge takes all 1,000 steps.
 * GD and momentum use the allocation-free fast path, Adam the generic Stepper; 1 thread vs all cores.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=SweepBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SweepBenchmark {

    @Param({"gd", "momentum", "adam"})
    public String optimizer;

    @Param({"1", "2"})
    public int threads;

    private SweepSpec spec;

    @Setup
    public void setUp() {
        RunConfig template = RunConfig.of(SurfaceCatalog.create("quadratic", Map.of("kappa", 10.0, "theta", 30.0)),
                new Vec2(-4.5, 2), OptimizerKind.fromId(optimizer), 0.1).withMaxSteps(1000).withTolerance(0);
        spec = new SweepSpec(template, 1e-3, 1, 120);
    }

    @Benchmark
    public SweepResult sweep() {
        return LearningRateSweep.run(spec, threads, f -> { }, CancellationToken.none());
    }
}
