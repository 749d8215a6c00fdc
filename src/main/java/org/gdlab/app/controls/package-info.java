/**
 * The panes around the plot: the side panel (surface, learning rate, start point, optimizer, view), the
 * playback bar, the formula field with its underlined error, the help text, and {@link
 * org.gdlab.app.controls.Sync}, the two-way glue between sliders/fields and view-model properties, and
 * {@link org.gdlab.app.controls.FixedCell}, the layout boundary around whatever changes at every step (so
 * that a new number lays out its label, not the window; a sentence under a slider keeps the height of its
 * longest text, {@link org.gdlab.app.controls.FixedCell#keepTallest}, so that what lies below it does not
 * jump while the slider is dragged), and {@link org.gdlab.app.controls.OverlayStack}, which floats the
 * banner over the plot at the width its text needs now. Views bind and forward; decisions live in the view
 * models.
 */
package org.gdlab.app.controls;
