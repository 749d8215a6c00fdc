/**
 * Display-free rendering and export of a scenario's plot (java.awt only, works with
 * {@code java.awt.headless=true}; no JavaFX).
 *
 * <ul>
 *   <li>{@link org.gdlab.render.PlotRenderer}: runs a scenario once and paints its plot onto any
 *       {@link java.awt.Graphics2D} at any pixel size: filled colour map, level lines, axes, colour bar,
 *       known points, each run's path in its colour, legend, title.</li>
 *   <li>{@link org.gdlab.render.PngExport}, {@link org.gdlab.render.SvgExport} (JFreeSVG: level lines and
 *       paths as vector paths, the colour map as an embedded image), {@link org.gdlab.render.GifExport}
 *       (animated descent, looping, with progress and cancellation), {@link org.gdlab.render.PathCsv}
 *       (every run's path). Every file is written atomically.</li>
 * </ul>
 */
package org.gdlab.render;
