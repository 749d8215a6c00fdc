package org.gdlab.core.schedule;

import java.util.Locale;
import java.util.OptionalDouble;
import org.gdlab.core.math.NumberText;

/**
 * Parses schedule specs and adds warm-up. With α the base rate and t = 0, 1, 2, …:
 * <ul>
 *   <li>{@code constant}: α_t = α</li>
 *   <li>{@code step:N:G}: α_t = α·G^⌊t/N⌋ (N a whole number ≥ 1, G ≥ 0), e.g. step:100:0.5 halves α every 100 steps</li>
 *   <li>{@code exp:G}: α_t = α·G^t (G &gt; 0)</li>
 *   <li>{@code inv:K}: α_t = α/(1 + K t) (K ≥ 0)</li>
 *   <li>{@code cosine:T[:MIN]}: α_t = MIN + (α − MIN)(1 + cos(π·min(t, T)/T))/2 (T a whole number ≥ 1,
 *       MIN ≥ 0 an absolute rate, default 0): from α at t = 0 down to MIN at t = T, then MIN</li>
 *   <li>warm-up over W steps ({@link #withWarmup}): α_t · (t + 1)/W while t &lt; W, then α_t</li>
 * </ul>
 * Every schedule returned prints as its spec ({@code toString()}), warm-up as "SPEC+warmup:W".
 */
public final class Schedules {

    /** The spec grammar, for messages and help texts. */
    public static final String SYNTAX = "constant, step:N:G, exp:G, inv:K, cosine:T[:MIN]";

    private Schedules() {
    }

    /** @return the constant schedule α_t = α */
    public static Schedule constant() {
        return Constant.INSTANCE;
    }

    /**
     * @param spec one of {@code constant | step:N:G | exp:G | inv:K | cosine:T[:MIN]} (case and surrounding
     *     spaces ignored)
     * @return the schedule
     * @throws IllegalArgumentException with a one-line message saying what is wrong and the expected form
     */
    public static Schedule parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty schedule; valid: " + SYNTAX);
        }
        String s = spec.trim().toLowerCase(Locale.ROOT);
        String[] p = s.split(":", -1);
        switch (p[0]) {
            case "constant":
                arity(spec, p, 0, 0, "constant");
                return constant();
            case "step": {
                arity(spec, p, 2, 2, "step:N:G");
                int n = whole(spec, p[1], "N");
                double g = number(spec, p[2], "G");
                require(spec, g >= 0, "G must be ≥ 0");
                return new Step(n, g);
            }
            case "exp": {
                arity(spec, p, 1, 1, "exp:G");
                double g = number(spec, p[1], "G");
                require(spec, g > 0, "G must be > 0");
                return new Exponential(g);
            }
            case "inv": {
                arity(spec, p, 1, 1, "inv:K");
                double k = number(spec, p[1], "K");
                require(spec, k >= 0, "K must be ≥ 0");
                return new InverseTime(k);
            }
            case "cosine": {
                arity(spec, p, 1, 2, "cosine:T[:MIN]");
                int t = whole(spec, p[1], "T");
                double min = p.length > 2 ? number(spec, p[2], "MIN") : 0;
                require(spec, min >= 0, "MIN must be ≥ 0");
                return new Cosine(t, min);
            }
            default:
                throw new IllegalArgumentException("unknown schedule '" + spec.trim() + "'; valid: " + SYNTAX);
        }
    }

    /**
     * @param s a schedule
     * @param warmupSteps W ≥ 0 (0 and 1 leave s unchanged)
     * @return α_t = s(α, t)·(t + 1)/W while t &lt; W, then s(α, t)
     * @throws IllegalArgumentException if W &lt; 0
     */
    public static Schedule withWarmup(Schedule s, int warmupSteps) {
        if (warmupSteps < 0) {
            throw new IllegalArgumentException("warm-up must be a whole number of steps ≥ 0, got " + warmupSteps);
        }
        return warmupSteps <= 1 ? s : new Warmup(s, warmupSteps);
    }

    private static void arity(String spec, String[] p, int min, int max, String form) {
        int n = p.length - 1;
        if (n < min || n > max) {
            String need = min == max ? (min == 0 ? "no numbers" : min == 1 ? "one number" : "two numbers")
                    : "one or two numbers";
            throw new IllegalArgumentException("schedule '" + spec.trim() + "' needs " + need + ": " + form);
        }
    }

    private static double number(String spec, String text, String name) {
        OptionalDouble v = NumberText.parse(text); // a decimal point only, whatever the locale
        if (v.isPresent()) {
            return v.getAsDouble();
        }
        throw new IllegalArgumentException("schedule '" + spec.trim() + "': " + name + " = '" + text
                + "' is not a finite number");
    }

    private static int whole(String spec, String text, String name) {
        try {
            int v = Integer.parseInt(text.trim());
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("schedule '" + spec.trim() + "': " + name + " = '" + text
                + "' must be a whole number ≥ 1");
    }

    private static void require(String spec, boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("schedule '" + spec.trim() + "': " + rule);
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private enum Constant implements Schedule {
        INSTANCE;

        public double rate(double baseLr, int t) {
            return baseLr;
        }

        @Override
        public String toString() {
            return "constant";
        }
    }

    private record Step(int n, double g) implements Schedule {
        public double rate(double baseLr, int t) {
            return baseLr * Math.pow(g, t / n);
        }

        @Override
        public String toString() {
            return "step:" + n + ":" + num(g);
        }
    }

    private record Exponential(double g) implements Schedule {
        public double rate(double baseLr, int t) {
            return baseLr * Math.pow(g, t);
        }

        @Override
        public String toString() {
            return "exp:" + num(g);
        }
    }

    private record InverseTime(double k) implements Schedule {
        public double rate(double baseLr, int t) {
            return baseLr / (1 + k * t);
        }

        @Override
        public String toString() {
            return "inv:" + num(k);
        }
    }

    private record Cosine(int period, double min) implements Schedule {
        public double rate(double baseLr, int t) {
            return min + (baseLr - min) * (1 + Math.cos(Math.PI * Math.min(t, period) / period)) / 2;
        }

        @Override
        public String toString() {
            return "cosine:" + period + (min == 0 ? "" : ":" + num(min));
        }
    }

    private record Warmup(Schedule inner, int steps) implements Schedule {
        public double rate(double baseLr, int t) {
            double r = inner.rate(baseLr, t);
            return t < steps ? r * (t + 1) / steps : r;
        }

        @Override
        public String toString() {
            return inner + "+warmup:" + steps;
        }
    }
}
