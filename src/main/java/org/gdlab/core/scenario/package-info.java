/**
 * Scenarios: everything on screen that matters, as an immutable value that is saved and opened as a
 * readable, versioned JSON file.
 *
 * <ul>
 *   <li>{@link org.gdlab.core.scenario.Scenario}: surface, view, runs, colour map, levels, overlays, title
 *       and caption.</li>
 *   <li>{@link org.gdlab.core.scenario.SurfaceSpec}: a built-in id with parameters, or formula text (only
 *       ever parsed by {@link org.gdlab.core.expr.FormulaSurface#parse}, never executed).</li>
 *   <li>{@link org.gdlab.core.scenario.ScenarioRun}: one run, a whole
 *       {@link org.gdlab.core.sim.RunConfig run specification} with its legend label and colour.</li>
 *   <li>{@link org.gdlab.core.scenario.ScenarioJson}: the JSON format (see {@code scenario-format.md}
 *       next to this package's resources); {@link org.gdlab.core.scenario.ScenarioFiles}: save
 *       atomically, open with a size limit; {@link org.gdlab.core.scenario.ScenarioException}: why a file
 *       was refused, in one line of plain words.</li>
 *   <li>{@code JsonText}: the JSON reader (a recursive-descent parser whose errors give the line, the
 *       column, what was expected and what was found); {@code Quote}: file text shown in messages.</li>
 *   <li>{@link org.gdlab.core.scenario.AtomicFiles}: write-to-temporary-then-rename, for every export and
 *       save: modes and links kept as an ordinary write keeps them, nothing left behind on failure.</li>
 * </ul>
 */
package org.gdlab.core.scenario;
