package org.gdlab.app.viewmodel;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.gdlab.core.optim.Hyperparameter;

/**
 * One hyperparameter as the window edits it: its declaration (symbol, meaning, range, default, slider
 * scale), the value typed or dragged, and why that value cannot be used ("β1 must be in [0, 1)"), or "".
 * The view binds a field to {@link #valueProperty()} and shows {@link #problemProperty()} next to it; the
 * check is the declaration's own ({@link Hyperparameter#problem}), so the window says what the command line
 * and scenario files say.
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class HyperparameterField {

    private final Hyperparameter declaration;
    private final DoubleProperty value;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param declaration what the hyperparameter is
     * @param initial its value to start with
     */
    public HyperparameterField(Hyperparameter declaration, double initial) {
        this.declaration = declaration;
        this.value = new SimpleDoubleProperty(this, declaration.name(), initial);
        check();
        value.addListener(o -> check());
    }

    private void check() {
        problem.set(declaration.problem(value.get()).orElse(""));
    }

    /**
     * Reads a value typed into the field: a choice by name ("pr", "exact"), "auto" for an unset value (Polyak's
     * C*), otherwise a number as every field reads it ({@link Numbers#parse}: a single comma is a decimal point).
     *
     * @return the value, or empty when the text is none of these (the field then keeps its value)
     */
    public java.util.OptionalDouble parse(String text) {
        if (declaration.type() == Hyperparameter.Type.CHOICE
                || declaration.optional() && text != null && text.strip().equalsIgnoreCase(Hyperparameter.AUTO)) {
            try {
                return java.util.OptionalDouble.of(declaration.parse(text));
            } catch (IllegalArgumentException notAChoice) {
                return Numbers.parse(text);
            }
        }
        return Numbers.parse(text);
    }

    /** @return the declaration: name, symbol, meaning, range, default, slider scale */
    public Hyperparameter declaration() {
        return declaration;
    }

    /** @return the declared name, e.g. "beta1" */
    public String name() {
        return declaration.name();
    }

    /** @return the value in the field (possibly out of range: see {@link #problemProperty()}) */
    public DoubleProperty valueProperty() {
        return value;
    }

    /** @return why the value cannot be used, in plain words, or "" when it can */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** @return true when the value is inside the declared range */
    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /**
     * @return the tooltip: meaning, valid range and default, e.g. "… Valid: [0, 1); default 0.9."
     */
    public String tooltip() {
        return declaration.meaning() + " Valid: " + declaration.rangeText() + "; default "
                + declaration.format(declaration.defaultValue()) + ".";
    }
}
