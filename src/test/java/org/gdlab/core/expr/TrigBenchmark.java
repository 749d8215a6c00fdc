package org.gdlab.core.expr;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * sin and cos of the same argument, for 1024 fixed points spread evenly over [-20, 20] (numbers are per
 * 1024 pairs), in the same run: {@code Math.sin} + {@code Math.cos} (HotSpot intrinsics, not reproducible
 * across machines), {@code StrictMath.sin} + {@code StrictMath.cos} (fdlibm, two reductions),
 * {@link FdlibmSinCos#sin} + {@link FdlibmSinCos#cos} (the port, two reductions) and the batch
 * {@link FdlibmSinCos#sinCos(double[], double[], double[], int)} (one reduction per point, then both arrays
 * consumed). Every case hands each result to the blackhole. In this package because FdlibmSinCos is
 * package-private; the JMH annotation processor handles any package.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=TrigBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrigBenchmark {

    private static final int POINTS = 1024;

    private final double[] points = new double[POINTS];
    private final double[] sin = new double[POINTS];
    private final double[] cos = new double[POINTS];

    @Setup
    public void setUp() {
        for (int i = 0; i < POINTS; i++) {
            points[i] = -20.0 + 40.0 * (i + 0.5) / POINTS;
        }
    }

    @Benchmark
    public void mathSinAndCos(Blackhole bh) {
        for (double x : points) {
            bh.consume(Math.sin(x));
            bh.consume(Math.cos(x));
        }
    }

    @Benchmark
    public void strictMathSinAndCos(Blackhole bh) {
        for (double x : points) {
            bh.consume(StrictMath.sin(x));
            bh.consume(StrictMath.cos(x));
        }
    }

    @Benchmark
    public void fdlibmSinAndCosSeparately(Blackhole bh) {
        for (double x : points) {
            bh.consume(FdlibmSinCos.sin(x));
            bh.consume(FdlibmSinCos.cos(x));
        }
    }

    @Benchmark
    public void fdlibmSinCosShared(Blackhole bh) {
        FdlibmSinCos.sinCos(points, sin, cos, POINTS);
        for (int i = 0; i < POINTS; i++) {
            bh.consume(sin[i]);
            bh.consume(cos[i]);
        }
    }
}
