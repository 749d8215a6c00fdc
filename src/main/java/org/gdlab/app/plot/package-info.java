/**
 * The contour plot in the window: {@link org.gdlab.app.plot.PlotView} stacks canvases (base, added
 * layers, the main run's path with its planned part and trail, the tail, still marks, moving marks; only
 * the base covers the margins, and only the path the whole plot area: the still and moving marks lie on canvases
 * sized to them, the still marks' size found by painting them once on {@link org.gdlab.app.plot.InkBounds}),
 * repaints each only when what it shows changed, runs the one painter
 * ({@code org.gdlab.render.paint}, the same code as every export) on them through FXGraphics2D
 * ({@link org.gdlab.app.plot.CanvasGraphics}), draws the colour-map picture directly as a JavaFX image,
 * registers {@link org.gdlab.render.paint.Overlay overlays} (over the paths on its marks layer, under them
 * each on an {@link org.gdlab.app.plot.OverlayCanvas} of its own; a view model's state becomes the painter's
 * overlay through a {@link org.gdlab.app.plot.LiveOverlay}) and hands them, frozen, to the exports
 * ({@code PlotView.onPlot}), and forwards mouse gestures to the view model.
 * {@link org.gdlab.app.plot.PathPainter} gives layers with a GraphicsContext of their own (the race's) the
 * painter's path geometry.
 */
package org.gdlab.app.plot;
