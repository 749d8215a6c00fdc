/**
 * Display-free rendering and export of a scenario's plot (java.awt only, works with
 * {@code java.awt.headless=true}; no JavaFX).
 *
 * <ul>
 *   <li>{@link org.gdlab.render.PlotRenderer}: runs a scenario once and paints its plot onto any
 *       {@link java.awt.Graphics2D} at any pixel size with the window's painter ({@code render.paint}):
 *       the window's plot at another size, with a title above and a legend below;
 *       {@link org.gdlab.render.RunColors} gives each run the window's colour; the overlays a scenario
 *       names that belong to its runs (ghost paths, eigenvectors, the local model) come from
 *       {@code ScenarioOverlays}, the window's own from its frozen {@link org.gdlab.render.paint.OnPlot}.</li>
 *   <li>{@code PathSketch}: a run's path reduced to the picture's resolution while it streams (at most
 *       16,384 points, whatever the step count), so rendering needs bounded memory; {@code SketchPoints}
 *       is a frame's view of it as the painter reads a path. {@code RunReplay} steps a run again, one step at a
 *       time as the frames rise, for what a picture of step k shows beside the path (a raced run's memory,
 *       the line search's trials and direction, the batch gradient), so a GIF frame shows its own step's
 *       marks in bounded memory.</li>
 *   <li>{@link org.gdlab.render.PngExport}, {@link org.gdlab.render.SvgExport} (JFreeSVG: level lines and
 *       paths as vector paths, the colour map as an embedded image), {@link org.gdlab.render.GifExport}
 *       (animated descent, looping, with progress and cancellation), {@link org.gdlab.render.PathCsv}
 *       (every run's path, streamed from the runs). Every file is written atomically
 *       ({@link org.gdlab.core.scenario.AtomicFiles}); each export also gives its content for staging
 *       several files at once.</li>
 * </ul>
 */
package org.gdlab.render;
