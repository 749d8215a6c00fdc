/**
 * Export from the window: {@link org.gdlab.app.export.ExportService} renders the scenario on screen with
 * {@link org.gdlab.render.PlotRenderer} at a chosen size, independent of the window (PNG, SVG, CSV of every
 * run's path), as jobs of the window's {@link org.gdlab.app.viewmodel.Background} (a failure in the status
 * line); {@link org.gdlab.app.export.GifJob} writes the animated GIF with progress and cancel;
 * {@link org.gdlab.app.export.ExportDialogs} asks for the size and shows the progress; and
 * {@link org.gdlab.app.export.ExportMenu} makes the File menu's export items.
 */
package org.gdlab.app.export;
