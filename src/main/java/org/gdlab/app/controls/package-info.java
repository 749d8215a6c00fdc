/**
 * The panes around the plot: the side panel (surface, learning rate, start point, optimizer, view), the
 * playback bar, the formula field with its underlined error, the help text, and {@link
 * org.gdlab.app.controls.Sync}, the two-way glue between sliders/fields and view-model properties, and
 * {@link org.gdlab.app.controls.FixedCell}, the layout boundary around whatever changes at every step (so
 * that a new number lays out its label, not the window). Views bind and forward; decisions live in the view
 * models.
 */
package org.gdlab.app.controls;
