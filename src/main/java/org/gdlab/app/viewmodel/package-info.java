/**
 * View models: JavaFX properties and command methods, no {@code Node} access, testable without starting
 * JavaFX. {@link org.gdlab.app.viewmodel.LabViewModel} is the root.
 *
 * <h2>Background work</h2>
 * Every computation of the window that could make the JavaFX thread wait runs through one mechanism,
 * owned by the root view model and shared by all the others ({@link org.gdlab.app.viewmodel.LabViewModel#background()}):
 * <ul>
 *   <li>{@link org.gdlab.app.viewmodel.Background} runs jobs on its workers (daemon threads in the app) and
 *       applies everything they produce (results, progress, partial results such as the rows of a basin
 *       map) on its publisher only: {@code Platform::runLater} in the app, so view models are touched by
 *       the JavaFX thread alone;</li>
 *   <li>each kind of computation is a {@link org.gdlab.app.viewmodel.LatestWins} made by it: a newer
 *       request replaces the waiting one; a running job either finishes (path, contour picture, race,
 *       ghost paths, 3-D mesh, exports) or is cancelled through its token (basin map, sweep); long jobs
 *       report progress; {@code cancel()} stops the running job;</li>
 *   <li>every failure goes to the one {@link org.gdlab.app.viewmodel.Problems}, in plain words ("Could not
 *       compute the race: …", the exception's message, never a class name), which the status line shows;
 *       the view model keeps its last good result, and the kind's next success clears its message.</li>
 * </ul>
 * Tests give the background one executor that they drain on the test thread, as workers and publisher:
 * every job and publication then runs there, in order, when the test drains it, and nothing is published
 * while the test changes the model. TestFX tests use the app's threads and wait with
 * {@link org.gdlab.app.viewmodel.LabViewModel#awaitIdle}.
 */
package org.gdlab.app.viewmodel;
