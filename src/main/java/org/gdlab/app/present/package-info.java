/**
 * Presentation mode: {@link org.gdlab.app.present.PresentationModel} (full screen, UI scale 100 % to 200 %,
 * theme, side panel collapsed, help shown; no nodes), {@link org.gdlab.app.present.Theme} (light, dark,
 * high contrast: CSS files next to this package's classes, colours as variables),
 * {@link org.gdlab.app.present.KeyHelp} (every key, one table), {@link org.gdlab.app.present.HelpOverlay}
 * (F1 or ?), {@link org.gdlab.app.present.ViewMenu} and {@link org.gdlab.app.present.Presentation}, which
 * binds the model to the scene, the stage and the main view and handles the keys.
 *
 * <p>The scale enlarges text through the root font size (the app's sizes are in em under
 * {@code presentation.css}) and the plot's markers, labels and line widths through
 * {@link org.gdlab.app.plot.PlotView#uiScaleProperty()}.
 */
package org.gdlab.app.present;
