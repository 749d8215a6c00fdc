/**
 * Tiny immutable value types of the plane: {@link org.gdlab.core.math.Vec2} for points, gradients and
 * updates, {@link org.gdlab.core.math.Sym2} for Hessians; and {@link org.gdlab.core.math.NumberText}, the
 * one text form of numbers (Latin digits, a decimal point, no grouping) that every printed, shown, exported
 * or parsed number uses, whatever the default locale. Plain Java; no JavaFX, no EJML.
 */
package org.gdlab.core.math;
