package org.gdlab.app.viewmodel;

import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gdlab.core.expr.FormulaException;
import org.gdlab.core.expr.FormulaSurface;

/**
 * The typed-formula field: the text, and, checked on every edit, either the error (message and the
 * 0-based range [errorStart, errorEnd) to underline) or the derivative formulas of a valid formula.
 * Applying the formula is the owner's business ({@link LabViewModel#applyFormula()}); an invalid text
 * never replaces the surface on screen.
 */
public final class FormulaModel {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyIntegerWrapper errorStart = new ReadOnlyIntegerWrapper(this, "errorStart", -1);
    private final ReadOnlyIntegerWrapper errorEnd = new ReadOnlyIntegerWrapper(this, "errorEnd", -1);
    private final ReadOnlyStringWrapper derivatives = new ReadOnlyStringWrapper(this, "derivatives", "");

    public FormulaModel() {
        text.addListener((o, a, b) -> check());
    }

    /** @return the formula as typed */
    public StringProperty textProperty() {
        return text;
    }

    /** @return the error message for the current text, "" when it is valid or empty */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return the first character of the error range, −1 when there is no error */
    public ReadOnlyIntegerProperty errorStartProperty() {
        return errorStart.getReadOnlyProperty();
    }

    /** @return one past the last character of the error range, −1 when there is no error */
    public ReadOnlyIntegerProperty errorEndProperty() {
        return errorEnd.getReadOnlyProperty();
    }

    /** @return "∂C/∂x = …\n∂C/∂y = …" for a valid formula, "" otherwise */
    public ReadOnlyStringProperty derivativesProperty() {
        return derivatives.getReadOnlyProperty();
    }

    /** @return the parsed surface when the current text is valid */
    public Optional<FormulaSurface> parse() {
        try {
            return Optional.of(FormulaSurface.parse(text.get()));
        } catch (FormulaException e) {
            return Optional.empty();
        }
    }

    private void check() {
        String t = text.get();
        if (t == null || t.isBlank()) {
            setError("", -1, -1);
            derivatives.set("");
            return;
        }
        try {
            FormulaSurface f = FormulaSurface.parse(t);
            setError("", -1, -1);
            derivatives.set("∂C/∂x = " + f.derivativeXText() + "\n∂C/∂y = " + f.derivativeYText());
        } catch (FormulaException e) {
            int start = Math.max(0, Math.min(t.length(), e.start()));
            int end = Math.max(start, Math.min(t.length(), e.end()));
            setError(e.getMessage(), start, end);
            derivatives.set("");
        }
    }

    private void setError(String message, int start, int end) {
        errorStart.set(start);
        errorEnd.set(end);
        error.set(message);
    }
}
