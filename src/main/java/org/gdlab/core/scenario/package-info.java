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
 *
 * <p><b>Why a JSON reader of our own.</b> Jackson stays the library that builds the tree and writes the
 * files. Only the reading of the text is ours: a refusal must be one line of plain words with the line and
 * column and what was expected and found ("line 3, column 14: a number was expected, found NaN"), and
 * Jackson's parse errors name its own classes and features ({@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS},
 * {@code StreamReadConstraints}); rewriting them would mean matching the text of its messages, which changes
 * between its versions. RFC 8259's grammar is small (about 400 lines, one method per rule), and the reader
 * is fuzzed with 2,000 mutated scenario files in every build.
 */
package org.gdlab.core.scenario;
