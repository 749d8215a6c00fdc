package org.gdlab.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.LockstepKernel;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.batch.RunSummary;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
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
 * The runs of the 256 × 256 Himmelblau basin map ([−5, 5]², GD, α = 0.01, at most 500 steps, tolerance
 * 10⁻⁸, as {@link BasinBenchmark}) on one thread, without the classification: {@code perRun} makes one
 * {@link RunKernel#summarize} per start (the map before lockstep), {@code lockstep} one
 * {@link LockstepKernel#summarize} per row. {@code surface} is the same function as a formula
 * {@code (x^2 + y - 11)^2 + (x + y^2 - 7)^2} (compiled batch evaluation, stepped in lockstep) or the built-in
 * Himmelblau (which {@link LockstepKernel} runs one by one, so both variants should agree). Figures in
 * {@code src/main/resources/org/gdlab/core/basin/benchmarks.md}.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=LockstepBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LockstepBenchmark {

    @Param({"builtin", "formula"})
    public String surface;

    private BasinSpec spec;
    private double[] startX;

    @Setup
    public void setUp() {
        Surface h = surface.equals("formula")
                ? FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
                : SurfaceCatalog.create("himmelblau");
        RunConfig gd = RunConfig.of(h, Vec2.ZERO, OptimizerKind.GD, 0.01).withMaxSteps(500).withTolerance(1e-8);
        spec = BasinSpec.of(h, gd, ViewRect.square(5), 256);
        startX = new double[spec.nx()];
        for (int i = 0; i < startX.length; i++) {
            startX[i] = spec.startX(i);
        }
    }

    @Benchmark
    public void perRun(Blackhole bh) {
        CancellationToken token = CancellationToken.none();
        for (int j = 0; j < spec.ny(); j++) {
            for (int i = 0; i < spec.nx(); i++) {
                bh.consume(RunKernel.summarize(spec.template().withStart(new Vec2(startX[i], spec.startY(j))), token));
            }
        }
    }

    @Benchmark
    public void lockstep(Blackhole bh) {
        CancellationToken token = CancellationToken.none();
        double[] startY = new double[spec.nx()];
        for (int j = 0; j < spec.ny(); j++) {
            Arrays.fill(startY, spec.startY(j));
            RunSummary[] row = LockstepKernel.summarize(spec.template(), startX, startY, token);
            bh.consume(row);
        }
    }
}
