package org.gdlab.app.viewmodel;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.gdlab.core.explain.CostLetter;
import org.gdlab.core.surface.CostFunction;

/**
 * The window's fixed texts about the cost (tooltips, chart and axis labels) in the letter of the surface on
 * screen: written once with C (C, ∇C, |∇C|, C*, C(w + t·d)) and shown with J on a data surface, as the
 * banner and the update panel already are ({@link CostLetter}, the one place that decides the letter).
 * A text bound here changes when the surface changes.
 *
 * <p>Confined to the JavaFX thread, like the surface it follows.
 */
public final class CostWords {

    private final ReadOnlyStringWrapper letter = new ReadOnlyStringWrapper(this, "letter", CostLetter.SURFACE);

    /** @param surface the surface on screen */
    public CostWords(ObservableValue<? extends CostFunction> surface) {
        surface.addListener((o, was, is) -> letter.set(letterOf(is)));
        letter.set(letterOf(surface.getValue()));
    }

    private static String letterOf(CostFunction f) {
        return f == null ? CostLetter.SURFACE : CostLetter.of(f);
    }

    /** @return the cost's letter: J on a data surface, C on every other */
    public ReadOnlyStringProperty letterProperty() {
        return letter.getReadOnlyProperty();
    }

    /** @return text (written with C) in the current letter, now */
    public String now(String text) {
        return CostLetter.rename(text, letter.get());
    }

    /** @return text (written with C) in the letter of the surface on screen, kept current */
    public StringBinding of(String text) {
        return Bindings.createStringBinding(() -> now(text), letter);
    }
}
