/**
 * The JavaFX desktop app: view models (properties and commands) plus views that bind to them.
 * {@link org.gdlab.app.PlotOverlays} registers every overlay of the plot in one place, for the window and its
 * exports.
 */
package org.gdlab.app;
