package org.gdlab.app.viewmodel;

import javafx.beans.property.DoubleProperty;
import org.gdlab.core.surface.ParameterSpec;

/**
 * One adjustable parameter of the selected built-in surface (κ or θ of {@code quadratic}) and its current
 * value; changing the value rebuilds the surface at once.
 *
 * @param spec  name, default, range and description
 * @param value the current value (mutable property)
 */
public record ParameterModel(ParameterSpec spec, DoubleProperty value) {
}
