/**
 * Colour maps for the filled contour plot: {@link org.gdlab.core.colormap.ColorMap} turns a number
 * t ∈ [0, 1] into a packed ARGB colour.
 *
 * <p>Viridis (the default), magma and cividis are the published 256-entry tables of matplotlib
 * (resource files next to this package, with their provenance), read once and interpolated linearly in
 * sRGB between neighbouring entries; grey is computed. No JavaFX here: the UI turns the int into its own
 * colour type.
 */
package org.gdlab.core.colormap;
