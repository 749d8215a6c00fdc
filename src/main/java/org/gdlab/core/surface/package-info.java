/**
 * Cost surfaces C(x, y): the {@link org.gdlab.core.surface.CostFunction} contract (value, exact gradient,
 * exact Hessian), the {@link org.gdlab.core.surface.Surface} with its description, and the built-ins.
 */
package org.gdlab.core.surface;
