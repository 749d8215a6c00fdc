/**
 * The basin-of-attraction map as an overlay of the contour plot: which start leads where, for the
 * current surface, optimizer, α and step limit.
 *
 * <p>{@link org.gdlab.app.basin.BasinViewModel} (no nodes) runs {@link org.gdlab.core.basin.BasinMapper}
 * off the JavaFX thread (a cancelling kind of the window's {@link org.gdlab.app.viewmodel.Background})
 * whenever a setting that shapes the runs changes, cancelling the stale computation, and applies the
 * finished rows one by one on the publisher into an ARGB buffer coloured by
 * {@link org.gdlab.render.paint.BasinColors} (by outcome class, or by steps), with a legend of
 * {@link org.gdlab.render.paint.LegendEntry} values and the share of each. {@link org.gdlab.app.basin.BasinLayer}
 * paints it semi-transparently over the plot; {@link org.gdlab.app.basin.BasinPanel} holds the controls
 * (show, resolution, colour by steps, progress, cancel, PNG and CSV export).
 */
package org.gdlab.app.basin;
