package org.gdlab.core.optim;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The values of one optimizer's declared hyperparameters ({@link OptimizerKind#hyperparameters()}), keyed
 * by name. Immutable; every value is valid for its declaration ({@link Hyperparameter#problem} is empty),
 * because {@link #with} refuses any other. Two are equal when they belong to the same optimizer and hold
 * the same values.
 *
 * <p>Which hyperparameters exist, their ranges and defaults are declared by each optimizer in its own
 * file; this class knows none of them by name.
 */
public final class Hyperparameters {

    private final OptimizerKind kind;
    private final List<Hyperparameter> declared;
    private final double[] values;

    private Hyperparameters(OptimizerKind kind, double[] values) {
        this.kind = kind;
        this.declared = kind.hyperparameters();
        this.values = values;
    }

    /**
     * @param k an optimizer
     * @return its declared defaults (PyTorch's where PyTorch has the optimizer; see each optimizer's class)
     */
    public static Hyperparameters defaults(OptimizerKind k) {
        List<Hyperparameter> d = k.hyperparameters();
        double[] v = new double[d.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = d.get(i).defaultValue();
        }
        return new Hyperparameters(k, v);
    }

    /**
     * @param k an optimizer
     * @param values values of some of its hyperparameters by name (the others take their defaults)
     * @return the hyperparameters of k with those values
     * @throws IllegalArgumentException for a name k does not declare or a value out of its range (the
     *     words of {@link Hyperparameter#problem})
     */
    public static Hyperparameters of(OptimizerKind k, Map<String, ? extends Number> values) {
        Hyperparameters h = defaults(k);
        for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            h = h.with(e.getKey(), e.getValue().doubleValue());
        }
        return h;
    }

    /** @return the optimizer these values belong to */
    public OptimizerKind kind() {
        return kind;
    }

    /** @return the declarations of these values, in order (those of {@link #kind()}) */
    public List<Hyperparameter> declarations() {
        return declared;
    }

    /** @return true when the optimizer declares a hyperparameter called name */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /**
     * @param name a declared name, e.g. "beta1"
     * @return its value
     * @throws IllegalArgumentException naming the valid names when the optimizer has no such hyperparameter
     */
    public double get(String name) {
        return values[require(name)];
    }

    /**
     * @param name a declared name
     * @param v the new value
     * @return a copy with name = v
     * @throws IllegalArgumentException when v is out of range, with exactly the words of
     *     {@link Hyperparameter#problem} ("β1 must be in [0, 1)"), or naming the valid names when the
     *     optimizer has no such hyperparameter
     */
    public Hyperparameters with(String name, double v) {
        int i = require(name);
        Optional<String> problem = declared.get(i).problem(v);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        double[] copy = values.clone();
        copy[i] = v;
        return new Hyperparameters(kind, copy);
    }

    /**
     * The hyperparameters for another optimizer that keep what the person chose: each hyperparameter of k
     * that these values also have (same name, a value valid for k) and that was changed from this
     * optimizer's default keeps its value; the others take k's defaults. A default is not a choice: wolfe's
     * c₂ = 0.9 does not become cg's c₂ (whose default is 0.1, as Fletcher–Reeves needs c₂ &lt; ½).
     *
     * @param k the other optimizer
     * @return hyperparameters of k (this when k is {@link #kind()})
     */
    public Hyperparameters carriedTo(OptimizerKind k) {
        if (k == kind) {
            return this;
        }
        Hyperparameters h = defaults(k);
        Hyperparameters own = defaults(kind);
        for (int i = 0; i < values.length; i++) {
            if (Double.compare(values[i], own.values[i]) == 0) {
                continue;
            }
            String name = declared.get(i).name();
            Optional<Hyperparameter> there = k.definition().hyperparameter(name);
            if (there.isPresent() && there.get().problem(values[i]).isEmpty()) {
                h = h.with(name, values[i]);
            }
        }
        return h;
    }

    /** @return the values by name in declaration order (unmodifiable) */
    public Map<String, Double> values() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(declared.get(i).name(), values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * @param k an optimizer
     * @param name a name it may not have
     * @return the plain words for "k has no hyperparameter called name", naming those it has, e.g.
     *     "gd has no setting beta1; its settings are: (none)"
     */
    public static String unknownName(OptimizerKind k, String name) {
        String valid = k.hyperparameters().stream().map(Hyperparameter::name).collect(Collectors.joining(", "));
        return k.id() + " has no setting " + name + "; its settings are: " + (valid.isEmpty() ? "(none)" : valid);
    }

    private int indexOf(String name) {
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private int require(String name) {
        int i = indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(unknownName(kind, name));
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hyperparameters h && h.kind == kind && Arrays.equals(h.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(values));
    }

    /** @return e.g. "adam(beta1=0.9, beta2=0.999, eps=1e-8)" */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.id()).append('(');
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ", ").append(declared.get(i).name()).append('=')
                    .append(declared.get(i).format(values[i]));
        }
        return b.append(')').toString();
    }
}
