/**
 * View models: JavaFX properties and command methods, no {@code Node} access, testable without starting
 * JavaFX. {@link org.gdlab.app.viewmodel.LabViewModel} is the root; heavy work (the planned path, the
 * contour picture) runs on {@link org.gdlab.app.viewmodel.LatestWins} workers and is published back
 * through an injected executor ({@code Platform::runLater} in the app).
 */
package org.gdlab.app.viewmodel;
