package org.gdlab.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.batch.RunKernel;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.Admissibility;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.CostFunction;
import org.gdlab.core.surface.SurfaceCatalog;
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
 * What the one kernel per rule costs {@link RunKernel}: {@code kernel} is {@link RunKernel#summarize} (one
 * lane of the optimizer's {@code UpdateKernel} through arrays of length 1), {@code inlined} a copy, kept here
 * only as the baseline, of the loop RunKernel had before, with GD's, momentum's and Nesterov's arithmetic
 * written out in registers (same results). Same map as {@link KernelBenchmark} ({@value KernelBenchmark#ROWS}
 * rows of 256 Himmelblau starts, at most 500 steps), one thread. To make the kernel's call site see several
 * optimizers, as it does in the app, the setup first runs every optimizer through RunKernel.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=RunKernelBaselineBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RunKernelBaselineBenchmark {

    @Param({"gd", "momentum"})
    public String optimizer;

    @Param({"builtin", "formula"})
    public String surface;

    private RunConfig template;
    private final double[] startX = new double[256];
    private final double[] startY = new double[KernelBenchmark.ROWS];

    @Setup
    public void setUp() {
        CostFunction h = surface.equals("formula")
                ? FormulaSurface.parse("(x^2 + y - 11)^2 + (x + y^2 - 7)^2")
                : SurfaceCatalog.create("himmelblau");
        OptimizerKind k = OptimizerKind.fromId(optimizer);
        template = RunConfig.of(h, Vec2.ZERO, k, k == OptimizerKind.GD ? 0.01 : 0.002).withMaxSteps(500)
                .withTolerance(1e-8);
        for (int i = 0; i < startX.length; i++) {
            startX[i] = -5 + 10 * (i + 0.5) / startX.length;
        }
        for (int j = 0; j < startY.length; j++) {
            startY[j] = -5 + 10 * (8 * j + 0.5) / 256;
        }
        for (OptimizerKind other : OptimizerKind.values()) {
            for (int n = 0; n < 200; n++) {
                RunKernel.summarize(RunConfig.of(h, new Vec2(n % 7 - 3, n % 5 - 2), other, 0.001).withMaxSteps(50),
                        CancellationToken.none());
            }
        }
    }

    @Benchmark
    public void kernel(Blackhole bh) {
        for (double y : startY) {
            for (double x : startX) {
                bh.consume(RunKernel.summarize(template.withStart(new Vec2(x, y)), CancellationToken.none()));
            }
        }
    }

    @Benchmark
    public void inlined(Blackhole bh) {
        for (double y : startY) {
            for (double x : startX) {
                bh.consume(oldFastLoop(template.withStart(new Vec2(x, y))));
            }
        }
    }

    /** The loop of RunKernel before the kernels (divergent runs return NaN here instead of a replay). */
    private static double oldFastLoop(RunConfig c) {
        CostFunction f = c.function();
        double radius = c.escapeBound();
        double tol = c.tolerance();
        int maxSteps = c.maxSteps();
        double lr = c.learningRate();
        double sigma = c.noise();
        double clip = c.clip();
        boolean clipping = clip > 0;
        double mu = c.hyper().has("momentum") ? c.hyper().get("momentum") : 0;
        boolean momentum = c.optimizer() == OptimizerKind.MOMENTUM;
        boolean nesterov = c.optimizer() == OptimizerKind.NESTEROV;
        SplittableRandom random = sigma > 0 ? new SplittableRandom(c.seed()) : null;
        double x = c.start().x();
        double y = c.start().y();
        double cost = f.value(x, y);
        Vec2 g = f.gradient(x, y);
        double gx = g.x();
        double gy = g.y();
        if (Admissibility.normBelow(gx, gy, tol) || maxSteps <= 0) {
            return cost;
        }
        double bx = 0;
        double by = 0;
        for (int k = 0; ; k++) {
            double rate = c.rates().rate(lr, k);
            double sx = gx;
            double sy = gy;
            if (random != null) {
                sx = sx + sigma * random.nextGaussian();
                sy = sy + sigma * random.nextGaussian();
            }
            if (clipping) {
                double n = Math.hypot(sx, sy);
                if (n > clip) {
                    double s = clip / n;
                    sx = s * sx;
                    sy = s * sy;
                }
            }
            double dx;
            double dy;
            double minusRate = -rate;
            if (momentum || nesterov) {
                bx = mu * bx + sx;
                by = mu * by + sy;
                if (nesterov) {
                    dx = minusRate * (sx + mu * bx);
                    dy = minusRate * (sy + mu * by);
                } else {
                    dx = minusRate * bx;
                    dy = minusRate * by;
                }
            } else {
                dx = minusRate * sx;
                dy = minusRate * sy;
            }
            double nx = x + dx;
            double ny = y + dy;
            if (!(Double.isFinite(nx) && Double.isFinite(ny)) || Admissibility.normAbove(nx, ny, radius)) {
                return Double.NaN;
            }
            double nc = f.value(nx, ny);
            Vec2 ng = f.gradient(nx, ny);
            if (!Double.isFinite(nc) || !(Double.isFinite(ng.x()) && Double.isFinite(ng.y()))) {
                return Double.NaN;
            }
            x = nx;
            y = ny;
            cost = nc;
            gx = ng.x();
            gy = ng.y();
            if (Admissibility.normBelow(gx, gy, tol) || k + 1 >= maxSteps) {
                return cost;
            }
        }
    }
}
