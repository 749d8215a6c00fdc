package org.gdlab.bench;

import java.util.concurrent.TimeUnit;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.gdlab.core.expr.CompiledFormula;
import org.gdlab.core.expr.FormulaSurface;
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
 * Compiled formulas (value + gradient in one pass) against the same formulas written by hand in Java
 * (value + gradient) and against exp4j 0.4.8 (value alone), in the same run. Each invocation
 * evaluates {@code points} points (64, 256 or 1024, a JMH parameter, the same points for every case) along one
 * line through the view, so the numbers are per {@code points} evaluations. The compiled formula is
 * measured point by point ({@code compiledValueAndGradient}, {@code compiledValue}) and with all points in
 * one batch call, instruction-major, with scratch rows allocated per call
 * ({@code compiledBatchValueAndGradient}, {@code compiledBatchValue}) and with a caller-owned workspace made
 * once in setUp, as exp4j's expression is built once ({@code compiledWorkspaceValueAndGradient},
 * {@code compiledWorkspaceValue}); every case hands each of its results to the blackhole, one by one.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=ExpressionBenchmark</pre>
 *
 * Only the five value-and-gradient comparisons (about 9 minutes for the three sizes):
 *
 * <pre>mvn -o -Pbench test-compile exec:exec \
 *     -Dbench='ExpressionBenchmark\.(handWrittenValueAndGradient|exp4jValue|compiled(Batch|Workspace)?ValueAndGradient)$'</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExpressionBenchmark {

    @Param({"rosenbrock", "himmelblau", "ackley", "trig"})
    public String formula;

    /**
     * Points per operation, the same for every case: 64 (a short batch: the runs of a basin-map row that are
     * still going late in the run), 256 (a basin-map row of the default 256 × 256 map, stepped in lockstep)
     * and 1024 (about a contour-grid row).
     */
    @Param({"64", "256", "1024"})
    public int points;

    /** One formula's hand-written value and gradient: chosen once in setUp, so the call site is monomorphic. */
    private interface HandWritten {
        void valueAndGradient(double x, double y, double[] out);
    }

    private CompiledFormula compiled;
    private CompiledFormula.Workspace workspace;
    private HandWritten handWritten;
    private Expression exp4j;
    private double[] xs;
    private double[] ys;
    private final double[] out = new double[3];
    private double[] values;
    private double[] gx;
    private double[] gy;

    @Setup
    public void setUp() {
        String text = switch (formula) {
            case "rosenbrock" -> "(1-x)^2 + 100(y-x^2)^2";
            case "himmelblau" -> "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
            case "ackley" -> "-20exp(-0.2sqrt(0.5(x^2+y^2))) - exp(0.5(cos(2pi x)+cos(2pi y))) + e + 20";
            case "trig" -> "sin(x)cos(y) + sin(x y) + 0.1cos(3x + 2y)";
            default -> throw new IllegalArgumentException(formula);
        };
        String exp4jText = switch (formula) {
            case "rosenbrock" -> "(1-x)^2 + 100*(y-x^2)^2";
            case "himmelblau" -> "(x^2 + y - 11)^2 + (x + y^2 - 7)^2";
            case "ackley" -> "-20*exp(-0.2*sqrt(0.5*(x^2+y^2))) - exp(0.5*(cos(2*pi*x)+cos(2*pi*y))) + e + 20";
            case "trig" -> "sin(x)*cos(y) + sin(x*y) + 0.1*cos(3*x + 2*y)";
            default -> throw new IllegalArgumentException(formula);
        };
        handWritten = switch (formula) {
            case "rosenbrock" -> ExpressionBenchmark::rosenbrock;
            case "himmelblau" -> ExpressionBenchmark::himmelblau;
            case "ackley" -> ExpressionBenchmark::ackley;
            default -> ExpressionBenchmark::trig;
        };
        compiled = FormulaSurface.parse(text).compiled();
        workspace = compiled.newWorkspace();
        exp4j = new ExpressionBuilder(exp4jText).variables("x", "y").build();
        xs = new double[points];
        ys = new double[points];
        values = new double[points];
        gx = new double[points];
        gy = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = -4.5 + 9.0 * i / points;
            ys[i] = 3.7 - 7.1 * i / points;
        }
    }

    @Benchmark
    public void compiledValueAndGradient(Blackhole bh) {
        int n = points;
        for (int i = 0; i < n; i++) {
            compiled.valueAndGradient(xs[i], ys[i], out);
            bh.consume(out[0]);
            bh.consume(out[1]);
            bh.consume(out[2]);
        }
    }

    @Benchmark
    public void compiledValue(Blackhole bh) {
        int n = points;
        for (int i = 0; i < n; i++) {
            bh.consume(compiled.value(xs[i], ys[i]));
        }
    }

    @Benchmark
    public void compiledBatchValueAndGradient(Blackhole bh) {
        int n = points;
        compiled.valuesAndGradients(xs, ys, values, gx, gy, n);
        for (int i = 0; i < n; i++) {
            bh.consume(values[i]);
            bh.consume(gx[i]);
            bh.consume(gy[i]);
        }
    }

    @Benchmark
    public void compiledBatchValue(Blackhole bh) {
        int n = points;
        compiled.values(xs, ys, values, n);
        for (int i = 0; i < n; i++) {
            bh.consume(values[i]);
        }
    }

    @Benchmark
    public void compiledWorkspaceValueAndGradient(Blackhole bh) {
        int n = points;
        compiled.valuesAndGradients(xs, ys, values, gx, gy, n, workspace);
        for (int i = 0; i < n; i++) {
            bh.consume(values[i]);
            bh.consume(gx[i]);
            bh.consume(gy[i]);
        }
    }

    @Benchmark
    public void compiledWorkspaceValue(Blackhole bh) {
        int n = points;
        compiled.values(xs, ys, values, n, workspace);
        for (int i = 0; i < n; i++) {
            bh.consume(values[i]);
        }
    }

    @Benchmark
    public void handWrittenValueAndGradient(Blackhole bh) {
        int n = points;
        for (int i = 0; i < n; i++) {
            handWritten.valueAndGradient(xs[i], ys[i], out);
            bh.consume(out[0]);
            bh.consume(out[1]);
            bh.consume(out[2]);
        }
    }

    @Benchmark
    public void exp4jValue(Blackhole bh) {
        int n = points;
        for (int i = 0; i < n; i++) {
            bh.consume(exp4j.setVariable("x", xs[i]).setVariable("y", ys[i]).evaluate());
        }
    }

    /*
     * The hand-written baselines: what a programmer would type, with the same mathematical work as the
     * compiled program (every sin/cos/exp/sqrt the formula and its gradient need, shared where a programmer
     * would obviously share it, e.g. y - x^2 computed once).
     */

    private static void rosenbrock(double x, double y, double[] o) {
        double a = 1 - x;
        double b = y - x * x;
        o[0] = a * a + 100 * b * b;
        o[1] = -2 * a - 400 * x * b;
        o[2] = 200 * b;
    }

    private static void himmelblau(double x, double y, double[] o) {
        double a = x * x + y - 11;
        double b = x + y * y - 7;
        o[0] = a * a + b * b;
        o[1] = 4 * x * a + 2 * b;
        o[2] = 2 * a + 4 * y * b;
    }

    private static void ackley(double x, double y, double[] o) {
        double r = Math.sqrt(0.5 * (x * x + y * y));
        double ex = Math.exp(-0.2 * r);
        double cx = Math.cos(2 * Math.PI * x);
        double cy = Math.cos(2 * Math.PI * y);
        double c = Math.exp(0.5 * (cx + cy));
        o[0] = -20 * ex - c + Math.E + 20;
        double a = 2 * ex / r;
        o[1] = a * x + Math.PI * Math.sin(2 * Math.PI * x) * c;
        o[2] = a * y + Math.PI * Math.sin(2 * Math.PI * y) * c;
    }

    private static void trig(double x, double y, double[] o) {
        double sx = Math.sin(x);
        double cy = Math.cos(y);
        double xy = x * y;
        double cxy = Math.cos(xy);
        double u = 3 * x + 2 * y;
        double s3 = Math.sin(u);
        o[0] = sx * cy + Math.sin(xy) + 0.1 * Math.cos(u);
        o[1] = Math.cos(x) * cy + y * cxy - 0.3 * s3;
        o[2] = -sx * Math.sin(y) + x * cxy - 0.2 * s3;
    }
}
