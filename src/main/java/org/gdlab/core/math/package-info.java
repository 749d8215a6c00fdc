/**
 * Tiny immutable value types of the plane: {@link org.gdlab.core.math.Vec2} for points, gradients and
 * updates, {@link org.gdlab.core.math.Sym2} for Hessians. Plain Java; no JavaFX, no EJML.
 */
package org.gdlab.core.math;
