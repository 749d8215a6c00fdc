/** The JavaFX desktop app: view models (properties and commands) plus views that bind to them. */
package org.gdlab.app;
