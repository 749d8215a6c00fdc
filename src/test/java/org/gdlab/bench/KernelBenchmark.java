package org.gdlab.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.LockstepKernel;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Stepper;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.testing.TestFunctions;
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
 * One run at a time against lockstep, per optimizer and kind of surface, in the same JMH run: the runs of
 * {@value #ROWS} rows of a 256-wide Himmelblau basin map over [−5, 5]² (at most 500 steps, tolerance
 * 10⁻⁸), on one thread, without classification. Every variant computes the same summaries, bit for bit
 * (tested by {@code KernelAgreementTest}).
 *
 * <ul>
 *   <li>{@code perRun}: one {@link RunKernel#summarize} per start (one lane of the optimizer's kernel in a
 *       primitive loop);</li>
 *   <li>{@code lockstep}: one {@link LockstepKernel#summarize} per row of 256 starts, the built-in surface
 *       wrapped as a batch source (its evaluator calls the surface once per point) so that it, too, is
 *       stepped in lockstep;</li>
 *   <li>{@code stepper}: one {@link Stepper} per start, advanced to the end (the engine of the app's paths,
 *       and what {@code RunKernel} used for every optimizer but GD, momentum and Nesterov before the
 *       kernels).</li>
 * </ul>
 * {@code surface}: the built-in Himmelblau or the same function as a formula
 * {@code (x^2 + y - 11)^2 + (x + y^2 - 7)^2} (compiled batch evaluation). {@code noise}: σ of the gradient
 * noise (0, or 2 with seed 7: such runs hardly converge and take all 500 steps). The rates are the
 * optimizers' own on this surface (GD 0.01, as the basin benchmark). Figures: {@code LockstepKernel}'s
 * class comment and {@code src/main/resources/org/gdlab/core/basin/benchmarks.md}.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=KernelBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class KernelBenchmark {

    /** Rows of 256 starts per operation. */
    static final int ROWS = 32;

    @Param({"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "normalized", "newton"})
    public String optimizer;

    @Param({"builtin", "formula"})
    public String surface;

    @Param({"0", "2"})
    public double noise;

    private RunConfig template;
    private RunConfig lockstepTemplate;
    private double[] startX;
    private double[] startY;

    @Setup
    public void setUp() {
        CostFunction h = surface.equals("formula")
                ? FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
                : SurfaceCatalog.create("himmelblau");
        OptimizerKind k = OptimizerKind.fromId(optimizer);
        double lr = switch (k) {
            case GD, RMSPROP, ADAM -> 0.01;
            case MOMENTUM, NESTEROV -> 0.002;
            case ADAGRAD, NORMALIZED -> 0.1;
            default -> 1;
        };
        template = RunConfig.of(h, Vec2.ZERO, k, lr).withMaxSteps(500).withTolerance(1e-8)
                .withNoise(noise).withSeed(7);
        lockstepTemplate = template.withFunction(TestFunctions.batched(h));
        startX = new double[256];
        startY = new double[ROWS];
        for (int i = 0; i < startX.length; i++) {
            startX[i] = -5 + 10 * (i + 0.5) / startX.length;
        }
        for (int j = 0; j < ROWS; j++) {
            startY[j] = -5 + 10 * (8 * j + 0.5) / 256;
        }
        new SplittableRandom(1).nextGaussian(); // load the class outside the measurement
    }

    @Benchmark
    public void perRun(Blackhole bh) {
        CancellationToken token = CancellationToken.none();
        for (double y : startY) {
            for (double x : startX) {
                bh.consume(RunKernel.summarize(template.withStart(new Vec2(x, y)), token));
            }
        }
    }

    @Benchmark
    public void lockstep(Blackhole bh) {
        CancellationToken token = CancellationToken.none();
        double[] ys = new double[startX.length];
        for (double y : startY) {
            Arrays.fill(ys, y);
            bh.consume(LockstepKernel.summarize(lockstepTemplate, startX, ys, token));
        }
    }

    @Benchmark
    public void stepper(Blackhole bh) {
        for (double y : startY) {
            for (double x : startX) {
                Stepper s = new Stepper(template.withStart(new Vec2(x, y)));
                while (s.advance()) {
                    // to the end
                }
                bh.consume(s.current());
            }
        }
    }
}
