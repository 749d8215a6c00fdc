/**
 * Live charts of the runs against the step number (JFreeChart in the JavaFX window).
 *
 * <ul>
 *   <li>{@link org.gdlab.app.charts.ChartsViewModel}: from the main run and the visible racing runs, the
 *       series of cost (C − C* where the minimum C* is known, else C; drawn on a logarithmic axis, so
 *       values ≤ 0 are left out), |∇C| and α_k against k, one {@link org.gdlab.app.charts.ChartSeries} per
 *       run in its colour, at most {@link org.gdlab.app.charts.ChartsViewModel#MAX_POINTS} points (a longer
 *       run keeps its envelope), computed lazily when read; and the command that moves the animation to a
 *       clicked step;</li>
 *   <li>{@link org.gdlab.app.charts.ColumnEnvelope}: a series reduced to each column's least and greatest
 *       value (no aliasing of fast oscillations), which {@link org.gdlab.app.charts.EnvelopeRenderer} draws
 *       at the chart's pixel columns: a chart costs the same for 1,000 or 1,000,000 steps;</li>
 *   <li>{@link org.gdlab.app.charts.ChartsView}: three {@code ChartViewer}s with a cursor at the current
 *       step, click-to-seek, drag-to-zoom and a reset button; they take new data at most once per layout
 *       pass (pulse) and only while on screen, and catch up when shown;</li>
 *   <li>{@link org.gdlab.app.charts.AnalysisTabs}: the tab pane under the plot (charts, curvature, α sweep,
 *       race run), inside the collapsible {@link org.gdlab.app.charts.AnalysisArea};</li>
 *   <li>{@link org.gdlab.app.charts.SliceTab}, {@link org.gdlab.app.charts.SliceViewModel},
 *       {@link org.gdlab.app.charts.SliceData}: the "Line search" tab, the current step's search replayed
 *       (C(w + t·d), the Armijo line, the curvature band, the trials) and its plot overlays;</li>
 *   <li>{@link org.gdlab.app.charts.ChartNumbers}: JFreeChart tick labels in the program's one number form
 *       (JFreeChart's own formats follow the default locale: decimal commas, grouping, native digits).</li>
 * </ul>
 */
package org.gdlab.app.charts;
