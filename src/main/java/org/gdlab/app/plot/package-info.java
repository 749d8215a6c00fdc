/**
 * The contour plot: the world↔screen {@link org.gdlab.app.plot.PlotTransform}, tick placement, and the
 * {@link org.gdlab.app.plot.PlotView} that paints the colour map, level lines, axes, colour bar, path and
 * arrows on canvases and forwards mouse gestures to the view model.
 */
package org.gdlab.app.plot;
