package org.gdlab.core.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The built-in functions of the formula language, with their number of arguments. Evaluation follows
 * {@link Math}: {@code log} and {@code ln} are both the natural logarithm; {@code sign(0) = 0}; outside a
 * function's domain the value is NaN or ±∞ (never an exception).
 */
public enum Builtin {
    SIN("sin", 1), COS("cos", 1), TAN("tan", 1),
    ASIN("asin", 1), ACOS("acos", 1), ATAN("atan", 1),
    SINH("sinh", 1), COSH("cosh", 1), TANH("tanh", 1),
    EXP("exp", 1), LOG("log", 1), LN("ln", 1), LOG10("log10", 1), LOG2("log2", 1),
    SQRT("sqrt", 1), CBRT("cbrt", 1), ABS("abs", 1), SIGN("sign", 1), FLOOR("floor", 1), CEIL("ceil", 1),
    MIN("min", 2), MAX("max", 2), POW("pow", 2), HYPOT("hypot", 2), ATAN2("atan2", 2);

    private static final double LN2 = Math.log(2);
    private static final List<Builtin> ALL = List.of(values());

    private final String id;
    private final int arity;

    Builtin(String id, int arity) {
        this.id = id;
        this.arity = arity;
    }

    /** @return the name as typed, e.g. {@code "atan2"} */
    public String id() {
        return id;
    }

    /** @return the number of arguments, 1 or 2 */
    public int arity() {
        return arity;
    }

    /** @return the function with this exact (case-sensitive) name, if any */
    public static Optional<Builtin> byId(String name) {
        return ALL.stream().filter(f -> f.id.equals(name)).findFirst();
    }

    /** @return all names, in declaration order */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Builtin::id).toList();
    }

    /** @return f(a) for a one-argument function */
    public double apply(double a) {
        return switch (this) {
            case SIN -> FdlibmSinCos.sin(a);
            case COS -> FdlibmSinCos.cos(a);
            case TAN -> Math.tan(a);
            case ASIN -> Math.asin(a);
            case ACOS -> Math.acos(a);
            case ATAN -> Math.atan(a);
            case SINH -> Math.sinh(a);
            case COSH -> Math.cosh(a);
            case TANH -> Math.tanh(a);
            case EXP -> Math.exp(a);
            case LOG, LN -> Math.log(a);
            case LOG10 -> Math.log10(a);
            case LOG2 -> Math.log(a) / LN2;
            case SQRT -> Math.sqrt(a);
            case CBRT -> Math.cbrt(a);
            case ABS -> Math.abs(a);
            case SIGN -> Math.signum(a);
            case FLOOR -> Math.floor(a);
            case CEIL -> Math.ceil(a);
            case MIN, MAX, POW, HYPOT, ATAN2 -> throw new IllegalStateException(id + " takes 2 arguments");
        };
    }

    /** @return f(a, b) for a two-argument function */
    public double apply(double a, double b) {
        return switch (this) {
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case POW -> Math.pow(a, b);
            case HYPOT -> Math.hypot(a, b);
            case ATAN2 -> Math.atan2(a, b);
            default -> throw new IllegalStateException(id + " takes 1 argument");
        };
    }
}
