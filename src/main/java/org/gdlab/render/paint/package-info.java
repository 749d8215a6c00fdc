/**
 * The one painter of the plot, on {@link java.awt.Graphics2D}: the window runs it through FXGraphics2D on
 * its canvases, every export (PNG, SVG, GIF, the command line's {@code render}) on an image or an SVG
 * document, so an export is the screen at another size: the same colours ({@link
 * org.gdlab.render.paint.PlotStyle}, the theme's {@link org.gdlab.render.paint.PlotTheme}), lines, labels
 * and layers. Lengths are painter units (the window's pixels at 100 %); the caller scales the graphics.
 *
 * <ul>
 *   <li>{@link org.gdlab.render.paint.PlotTransform}: world ↔ plot-area pixels.</li>
 *   <li>Layers, bottom to top: {@link org.gdlab.render.paint.SurfaceLayer} (colour map, level lines,
 *       minima, gradient field; the window shows the colour map with its level lines already painted into its
 *       pixels on the picture's background thread, {@link org.gdlab.render.paint.LevelLinePicture}, the same
 *       paths rasterised by Java2D), {@link org.gdlab.render.paint.FrameLayer} (paper, axes with
 *       {@link org.gdlab.render.paint.Ticks}, colour bar), {@link org.gdlab.render.paint.PathLayer} (planned
 *       path, trail, current point, start, arrows, α changes, "left the view" markers).</li>
 *   <li>Annotations: {@link org.gdlab.render.paint.Occupancy} (what is on the plot, weighted),
 *       {@link org.gdlab.render.paint.Placement} (the free candidate rectangle, pure and deterministic),
 *       {@link org.gdlab.render.paint.Labels} (placed text on a dark chip) and
 *       {@link org.gdlab.render.paint.Overlay} (one small interface: paint with the plot transform, add what
 *       you cover to the occupancy). One occupancy per picture: every label on the plot is placed against
 *       it, in one order, the window's and every export's: what labels must not cover first (the minima, the
 *       start, the raced runs' and the main run's current points and last steps), then the still labels (α
 *       changes, "left the view", the race's labels, the overlays over the paths, the basin legend, then the
 *       labels of the overlays under the paths, {@link org.gdlab.render.paint.Overlay#paintLabels}: the
 *       ghosts'), then the step's (the −∇C label, then the curvature's λmax and λmin). The window paints the
 *       still labels on a layer of their own and hands what they occupy to the layer that moves with the
 *       step, so a step does not repaint them. A label covers another only when no candidate and no row
 *       above or below them is free ({@link org.gdlab.render.paint.Placement#bestBox}).</li>
 *   <li>Overlays of the current step's line search: {@link org.gdlab.render.paint.TrialPointsOverlay} (the
 *       trials, accepted filled, rejected hollow) and {@link org.gdlab.render.paint.SearchDirectionOverlay}
 *       (d_k of cg, bfgs, lbfgs beside −∇C; for bfgs the true and the approximate model's ellipses); on a
 *       mini-batch run {@link org.gdlab.render.paint.BatchGradientArrow} (−∇J_B at w_k beside −∇J).</li>
 *   <li>Marks of one step in an animation: {@link org.gdlab.render.paint.StepMarks} (what step k's marks are
 *       drawn from) and {@link org.gdlab.render.paint.StepOverlay} (an overlay of one step, drawn at another:
 *       {@link org.gdlab.render.paint.Overlay#perStep}), so each GIF frame shows its own step's marks.</li>
 *   <li>Overlays under the paths: {@link org.gdlab.render.paint.BasinPicture} (the basin map over a washed-out
 *       colour map, coloured by {@link org.gdlab.render.paint.BasinColors}, with its
 *       {@link org.gdlab.render.paint.BasinLegend} of {@link org.gdlab.render.paint.LegendEntry} rows over the
 *       paths; off screen {@link org.gdlab.render.paint.BasinMapOverlay}, which computes the map of whatever
 *       rectangle an export or {@code render} shows with the window's {@link org.gdlab.render.paint.BasinSettings}), {@link org.gdlab.render.paint.GhostOverlay} (the run at α/4 … 4α, painted by
 *       {@link org.gdlab.render.paint.GhostPaths}) and {@link org.gdlab.render.paint.CurvatureOverlay} (the
 *       eigenvectors and the model's ellipse at w_k, painted by {@link org.gdlab.render.paint.CurvatureMarks}).</li>
 *   <li>{@link org.gdlab.render.paint.OnPlot}: the window's overlays frozen for an export (each overlay's
 *       {@link org.gdlab.render.paint.Overlay#frozen} copy), under and over the paths, so an export draws
 *       exactly what the window shows with the same objects' code; and its switched-on marks of one step,
 *       which an animation draws at each frame's step.</li>
 * </ul>
 * No JavaFX here (the exports run headless); the window's image cache and canvases live in
 * {@code org.gdlab.app.plot}.
 */
package org.gdlab.render.paint;
