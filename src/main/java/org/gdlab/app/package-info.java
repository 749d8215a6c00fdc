/**
 * The JavaFX desktop app: view models (properties and commands) plus views that bind to them.
 * {@link org.gdlab.app.PlotOverlays} registers every overlay of the plot in one place, for the window and its
 * exports. {@link org.gdlab.app.DrawnFrames} tells the view models' background when a frame has been drawn
 * (JavaFX has no public signal for it; the next pulse waits for the drawing) and, a pulse later, had its
 * frame to reach the screen, so that work which would slow the drawing of a change and its way to the
 * screen starts after it. {@link org.gdlab.app.Timeline} is a benchmark hook ({@code -Dgdlab.timeline}) that
 * prints when a change passes each stage on its way to the screen.
 */
package org.gdlab.app;
