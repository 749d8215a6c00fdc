package org.gdlab.bench;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gdlab.core.expr.FormulaException;
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

/**
 * Accepting (or refusing) a formula, {@link FormulaSurface#parse}: parse, simplify, differentiate twice,
 * print the derivatives, compile value, gradient and Hessian. The cases are those of issue 15, which took
 * minutes before the work was bounded, and two everyday formulas as the baseline measured in the same run:
 * <ul>
 *   <li>{@code sin200}, {@code sin225}: ∏ sin(kx+y), k = 1…200 (2,291 characters; 55 s and 620 MB in the
 *       issue) and 1…225 (98 s);</li>
 *   <li>{@code linear250}: (x+1y)·(x+2y)·…·(x+250y) (17.5 s);</li>
 *   <li>{@code linear499}: the same with 499 factors, refused as too complex at the work limit;</li>
 *   <li>{@code tooLong}: 120,001 characters, refused for its length (a formula is refused before any work);</li>
 *   <li>{@code rosenbrock}, {@code ackley}: the everyday baseline.</li>
 * </ul>
 * Average time per acceptance, in milliseconds; report ratios to the baseline as well, since the
 * build machines are shared and noisy.
 *
 * <pre>mvn -o -Pbench test-compile exec:exec -Dbench=FormulaAcceptanceBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class FormulaAcceptanceBenchmark {

    @Param({"rosenbrock", "ackley", "sin200", "sin225", "linear250", "linear499", "tooLong"})
    public String formula;

    private String text;

    @Setup
    public void setUp() {
        text = switch (formula) {
            case "rosenbrock" -> "(1-x)^2 + 100(y-x^2)^2";
            case "ackley" -> "-20exp(-0.2sqrt(0.5(x^2+y^2))) - exp(0.5(cos(2pi x)+cos(2pi y))) + e + 20";
            case "sin200" -> product("sin(Kx+y)", 200);
            case "sin225" -> product("sin(Kx+y)", 225);
            case "linear250" -> product("(x+Ky)", 250);
            case "linear499" -> product("(x+Ky)", 499);
            case "tooLong" -> "x" + "+x".repeat(60_000);
            default -> throw new IllegalArgumentException(formula);
        };
    }

    private static String product(String factor, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(k -> factor.replace("K", Integer.toString(k)))
                .collect(Collectors.joining("*"));
    }

    /** @return the surface, or the refusal's message (so that neither is optimised away) */
    @Benchmark
    public Object accept() {
        try {
            return FormulaSurface.parse(text);
        } catch (FormulaException e) {
            return e.getMessage();
        }
    }
}
