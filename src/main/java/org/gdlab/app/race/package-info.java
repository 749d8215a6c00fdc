/**
 * Several runs racing on the same surface from the same start.
 *
 * <ul>
 *   <li>{@link org.gdlab.app.race.RunModel}: one racing run (optimizer, hyperparameters, α, schedule, its
 *       colour from {@link org.gdlab.core.palette.RunPalette}, visible or not) and its planned
 *       {@link org.gdlab.app.race.RacePath};</li>
 *   <li>{@link org.gdlab.app.race.RaceViewModel}: the list of runs beside the main run of the
 *       {@link org.gdlab.app.viewmodel.LabViewModel} (an empty race is today's single run), the presets,
 *       the selected run and its update text; all runs are planned again in the background when the main
 *       run's settings or a run's own settings change, and advance under the main playback;</li>
 *   <li>{@link org.gdlab.app.race.RacePath} and {@link org.gdlab.app.race.UpdateRule}: a run's path with
 *       what its optimizer keeps in memory at w_k ({@link org.gdlab.core.optim.Memory}: velocity b;
 *       per-coordinate effective rate α/(√v + ε)), and its rule in one line;</li>
 *   <li>{@link org.gdlab.app.race.RaceLayer} (the runs on the plot, painted by {@link org.gdlab.render.paint.RacedRuns}),
 *       {@link org.gdlab.app.race.RaceBar} (presets and the legend above the plot, one row: its
 *       {@link org.gdlab.app.race.LegendStrip} folds the chips that do not fit into a "+N" menu, and each chip
 *       marks how its run ends with an {@link org.gdlab.app.race.OutcomeMark}) and
 *       {@link org.gdlab.app.race.RaceEditor} (the selected run's settings): the views.</li>
 * </ul>
 */
package org.gdlab.app.race;
