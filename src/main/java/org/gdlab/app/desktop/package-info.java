/**
 * The app on the desktop: {@link org.gdlab.app.desktop.AboutBox} (Help ▸ About, the icon) and
 * {@link org.gdlab.app.desktop.OpenedFiles}, the scenario files the system asks the window to open (the
 * program's only argument, or macOS's open-file events).
 */
package org.gdlab.app.desktop;
