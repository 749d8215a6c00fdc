package org.gdlab.core.optim;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The declaration of one hyperparameter of one optimizer: everything the side panel, the race editor, the
 * command line (its option {@code --name} and help), the scenario format (its JSON key {@code name}) and
 * the validation need to know about it. Immutable. Each optimizer declares its own in its file (see
 * {@link OptimizerDefinition}); nothing else lists hyperparameters.
 *
 * <p>A value is always a double: a {@link Type#REAL} as is, an {@link Type#INTEGER} a whole number, and a
 * {@link Type#CHOICE} the index 0, 1, … of one of its {@link #choices()} (shown and typed by name).
 *
 * @param name the id: the command-line option {@code --name} and the scenario's JSON key, e.g. "beta1"
 *     (a file-format and command-line contract: never rename)
 * @param symbol the symbol shown to people, e.g. "β1"
 * @param meaning one plain sentence for tooltips and help
 * @param type real, integer, or a choice among named values
 * @param choices the named values of a {@link Type#CHOICE} (index i is value i); empty otherwise
 * @param range the valid values (for a choice, [0, choices − 1])
 * @param defaultValue the default, inside the range
 * @param slider how a slider should show it
 * @param inLabel whether a run's automatic label shows it ("Momentum, α = 0.1, μ = 0.5")
 */
public record Hyperparameter(String name, String symbol, String meaning, Type type, List<String> choices,
        Range range, double defaultValue, Slider slider, boolean inLabel) {

    /** What kind of number a hyperparameter is. */
    public enum Type {
        /** any real number in the range */
        REAL,
        /** a whole number in the range */
        INTEGER,
        /** one of a few named values, stored as its index */
        CHOICE
    }

    /** How a slider maps its position to the value. */
    public enum Scale {
        /** equal steps of the value */
        LINEAR,
        /** equal ratios of the value (for ε, damping: values over several decades, all &gt; 0) */
        LOG,
        /** equal ratios of 1 − value (for β2 = 0.999: 0.9, 0.99, 0.999 equally spaced) */
        LOG_COMPLEMENT
    }

    /**
     * How a slider shows a hyperparameter: its scale and the part of the range it covers (a field may
     * still take any value of the range).
     *
     * @param scale the mapping from position to value
     * @param min the value at the slider's left end
     * @param max the value at its right end
     */
    public record Slider(Scale scale, double min, double max) {

        /** @throws IllegalArgumentException unless min &lt; max are finite (and &gt; 0 for LOG, &lt; 1 for LOG_COMPLEMENT) */
        public Slider {
            Objects.requireNonNull(scale, "scale");
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw new IllegalArgumentException("a slider needs finite ends min < max, got " + min + " and " + max);
            }
            if (scale == Scale.LOG && !(min > 0)) {
                throw new IllegalArgumentException("a logarithmic slider needs min > 0, got " + min);
            }
            if (scale == Scale.LOG_COMPLEMENT && !(max < 1)) {
                throw new IllegalArgumentException("a slider on 1 − value needs max < 1, got " + max);
            }
        }
    }

    /**
     * An interval of the real line, each end closed or open; an infinite end is always open.
     *
     * @param low the lower end (may be −∞)
     * @param lowOpen true when low itself is excluded
     * @param high the upper end (may be +∞)
     * @param highOpen true when high itself is excluded
     */
    public record Range(double low, boolean lowOpen, double high, boolean highOpen) {

        /** @throws IllegalArgumentException unless low ≤ high (neither NaN) */
        public Range {
            if (!(low <= high)) {
                throw new IllegalArgumentException("a range needs low ≤ high, got " + low + " and " + high);
            }
            lowOpen = lowOpen || Double.isInfinite(low);
            highOpen = highOpen || Double.isInfinite(high);
        }

        /** @return [low, high] */
        public static Range closed(double low, double high) {
            return new Range(low, false, high, false);
        }

        /** @return [low, high) */
        public static Range closedOpen(double low, double high) {
            return new Range(low, false, high, true);
        }

        /** @return [low, ∞) */
        public static Range atLeast(double low) {
            return new Range(low, false, Double.POSITIVE_INFINITY, true);
        }

        /** @return true when v lies in the range (never for NaN or ±∞: infinite ends are open) */
        public boolean contains(double v) {
            boolean aboveLow = lowOpen ? v > low : v >= low;
            boolean belowHigh = highOpen ? v < high : v <= high;
            return aboveLow && belowHigh;
        }

        /** @return the range as people write it, e.g. "[0, 1)", "[0, ∞)" */
        @Override
        public String toString() {
            return (lowOpen ? "(" : "[") + plain(low) + ", " + plain(high) + (highOpen ? ")" : "]");
        }
    }

    /** @throws IllegalArgumentException if the declaration is inconsistent (e.g. its default is out of range) */
    public Hyperparameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(slider, "slider");
        choices = List.copyOf(choices);
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a hyperparameter name is lower-case letters, digits and _, got '"
                    + name + "'");
        }
        if (Double.isNaN(defaultValue) && type != Type.REAL) {
            throw new IllegalArgumentException(name + ": only a real hyperparameter may be unset");
        }
        if ((type == Type.CHOICE) != !choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": only a choice has named values");
        }
        if (!Double.isNaN(defaultValue) && check(type, choices, range, symbol, defaultValue).isPresent()) {
            throw new IllegalArgumentException(name + ": the default " + defaultValue + " is not valid: "
                    + check(type, choices, range, symbol, defaultValue).get());
        }
    }

    /**
     * A real hyperparameter.
     *
     * @return a declaration of type {@link Type#REAL}, not shown in automatic labels
     */
    public static Hyperparameter real(String name, String symbol, String meaning, Range range, double defaultValue,
            Slider slider) {
        return new Hyperparameter(name, symbol, meaning, Type.REAL, List.of(), range, defaultValue, slider, false);
    }

    /**
     * A real hyperparameter that may be left unset ({@link #AUTO}): its default is unset (NaN), which the
     * run replaces by a value it knows (Polyak's C*: the surface's minimum value).
     *
     * @return a declaration of type {@link Type#REAL} whose default is unset
     */
    public static Hyperparameter optionalReal(String name, String symbol, String meaning, Range range,
            Slider slider) {
        return new Hyperparameter(name, symbol, meaning, Type.REAL, List.of(), range, Double.NaN, slider, false);
    }

    /** How an unset value ({@link #optional()}) is written and typed: "auto". */
    public static final String AUTO = "auto";

    /** @return true when the value may be unset (NaN, written {@link #AUTO}); its default is then unset */
    public boolean optional() {
        return Double.isNaN(defaultValue);
    }

    /**
     * A whole-number hyperparameter, shown on a linear slider over its range.
     *
     * @param range its valid values (finite ends)
     * @return a declaration of type {@link Type#INTEGER}, not shown in automatic labels
     */
    public static Hyperparameter integer(String name, String symbol, String meaning, Range range, int defaultValue) {
        return new Hyperparameter(name, symbol, meaning, Type.INTEGER, List.of(), range, defaultValue,
                new Slider(Scale.LINEAR, range.low(), range.high()), false);
    }

    /**
     * A choice among named values; value i means choices.get(i).
     *
     * @return a declaration of type {@link Type#CHOICE}, not shown in automatic labels
     */
    public static Hyperparameter choice(String name, String symbol, String meaning, List<String> choices,
            int defaultIndex) {
        double last = Math.max(1, choices.size() - 1);
        return new Hyperparameter(name, symbol, meaning, Type.CHOICE, choices, Range.closed(0, choices.size() - 1),
                defaultIndex, new Slider(Scale.LINEAR, 0, last), false);
    }

    /** @return this declaration, shown in a run's automatic label */
    public Hyperparameter shownInLabel() {
        return new Hyperparameter(name, symbol, meaning, type, choices, range, defaultValue, slider, true);
    }

    /**
     * @param value a candidate value (any double, NaN and ±∞ included)
     * @return empty when the value is valid, otherwise the reason in plain words, the same wherever it is
     *     shown (beside a field, on the command line, in a scenario error), e.g. "β1 must be in [0, 1)"
     */
    public Optional<String> problem(double value) {
        if (optional() && Double.isNaN(value)) {
            return Optional.empty();
        }
        return check(type, choices, range, symbol, value);
    }

    private static Optional<String> check(Type type, List<String> choices, Range range, String symbol, double v) {
        return switch (type) {
            case REAL -> range.contains(v) ? Optional.empty() : Optional.of(symbol + " must be in " + range);
            case INTEGER -> range.contains(v) && v == Math.rint(v) ? Optional.empty()
                    : Optional.of(symbol + " must be a whole number in " + range);
            case CHOICE -> range.contains(v) && v == Math.rint(v) ? Optional.empty()
                    : Optional.of(symbol + " must be one of " + String.join(", ", choices));
        };
    }

    /** @return the range as people write it, e.g. "[0, 1)" (for a choice, its names) */
    public String rangeText() {
        return type == Type.CHOICE ? String.join(", ", choices) : range + (optional() ? " or " + AUTO : "");
    }

    /**
     * @param value a valid value
     * @return how people read it: a choice's name, a whole number without ".0", otherwise the shortest text
     *     that parses back to the same double ("0.9", "1e-8")
     */
    public String format(double value) {
        if (optional() && Double.isNaN(value)) {
            return AUTO;
        }
        if (type == Type.CHOICE && problem(value).isEmpty()) {
            return choices.get((int) value);
        }
        return plain(value);
    }

    /**
     * Reads a value as typed on the command line: a choice by name (case ignored), otherwise a number.
     * The value is not checked against the range (see {@link #problem}).
     *
     * @throws IllegalArgumentException in plain words when the text is not a number (or not a name of the choice)
     */
    public double parse(String text) {
        String t = text == null ? "" : text.strip();
        if (type == Type.CHOICE) {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).equalsIgnoreCase(t)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(symbol + " must be one of " + String.join(", ", choices) + ", got '"
                    + t + "'");
        }
        if (optional() && t.equalsIgnoreCase(AUTO)) {
            return Double.NaN;
        }
        java.util.OptionalDouble v = org.gdlab.core.math.NumberText.parse(t);
        if (v.isEmpty()) {
            throw new IllegalArgumentException(symbol + " must be a number, got '" + t + "'");
        }
        return v.getAsDouble();
    }

    /** @return v as people write it: "0", "1", "0.999", "1e-8", "∞", "−∞" */
    static String plain(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1).toLowerCase(Locale.ROOT);
    }
}
