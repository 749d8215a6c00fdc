package org.gdlab.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.render.paint.BasinMapOverlay;
import org.gdlab.render.paint.FrameLayer;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.OnPlot;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PathLayer;
import org.gdlab.render.paint.PlotStyle;
import org.gdlab.render.paint.PlotTheme;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.RacedRuns;
import org.gdlab.core.optim.Memory;
import org.gdlab.render.paint.SurfaceLayer;
import org.gdlab.render.paint.BatchGradientArrow;
import org.gdlab.render.paint.SearchDirectionOverlay;
import org.gdlab.render.paint.StepMarks;
import org.gdlab.render.paint.StepOverlay;
import org.gdlab.render.paint.TrialPointsOverlay;
import org.gdlab.core.optim.LineSearchTrace;

/**
 * Paints a scenario's plot onto any {@link Graphics2D} at any pixel size, without a window, with the
 * window's painter ({@code org.gdlab.render.paint}): the same colour map, level lines, minima, axes, colour
 * bar, paths, arrows, markers, labels and theme as the window, so an export is the screen at another size.
 * Around the plot it adds what a slide needs and the window shows elsewhere: the title and formula above,
 * a legend below saying how each run ended (the headline of the core explainer's sentence, "diverged at
 * step 72"), and in a frame of the descent a step counter ({@link StepCounter}, an {@link Overlay}).
 *
 * <p>Overlays, in the window's order: under the paths (after the colour map, axes and colour bar) and over
 * them (after the paths and their labels, before the current point and its arrows, whose label keeps off
 * them). They are the window's, frozen when its export started ({@link #withOverlays}), or else those the
 * scenario names ({@link ScenarioOverlays}: the basin map, ghost paths, and the curvature at the point of the
 * frame). A basin map covers the whole plot: when the one at hand does not cover the picture's visible
 * rectangle (an export at another aspect ratio than the window's), the map of that rectangle is computed,
 * ahead with progress and cancel ({@link #prepare}) or while painting.
 * {@link #withStep} shows the runs up to the window's step, as the window does. The marks of one step (the
 * line search's trials and direction, the mini-batch gradient, the curvature) are those of the step shown:
 * each frame of an animation replays its own step ({@link RunReplay}, one step's marks at a time), so a
 * frame at step k is the window with its scrubber at step k.
 *
 * <p>Sizes scale with the picture: everything is painted in painter units (the window's pixels at 100 %)
 * on a graphics scaled by s = min(width/1280, height/720), so a 1280×720 export has the window's line widths
 * and type, and a 4K export looks like it, only sharper.
 *
 * <p>Runs: {@code runs[0]} is the window's main run (white, a dot per iterate, its start ring, the −∇C and
 * step arrows at the current step), {@code runs[1..]} its raced runs in the race palette's colours
 * ({@link RunColors}). The runs are simulated once, in the constructor, and streamed into
 * {@link PathSketch sketches}, so memory stays bounded whatever the step count. A run whose start cannot be
 * used draws only its start and says why in the legend. The contour picture is cached for the last grid,
 * so painting many frames of one size (a GIF) samples the surface once. Not thread-safe: one renderer per
 * thread.
 */
public final class PlotRenderer {

    /** The most grid points along the longer side of the plot; finer grids add nothing visible. */
    public static final int GRID_MAX = 720;
    /** the size (in pixels) whose painter units are pixels */
    static final double BASE_WIDTH = 1280;
    static final double BASE_HEIGHT = 720;

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
    private static final double PAD = 12;

    private final Scenario scenario;
    private final Surface surface;
    private final List<PathSketch> paths;
    private final List<Color> colors;
    private final List<RunReplay> replays;
    private PlotTheme theme = PlotTheme.LIGHT;
    private int selectedRun = -1;
    private int shownStep = Integer.MAX_VALUE;
    /** the window's overlays, or null: the scenario's own ({@link ScenarioOverlays}) */
    private OnPlot onPlot;
    private Overlay scenarioGhosts;
    private boolean ghostsBuilt;
    /** the basin map the scenario names ({@link Overlays#BASINS}), or null */
    private final BasinMapOverlay scenarioBasins;
    private final Overlay scenarioBasinLegend;

    private ContourPicture picture;
    private BufferedImage fill;

    /** Runs the scenario's runs (the whole step limit of each). */
    public PlotRenderer(Scenario scenario) {
        this.scenario = scenario;
        this.surface = scenario.createSurface();
        List<PathSketch> runs = new ArrayList<>();
        List<Color> cs = new ArrayList<>();
        for (int i = 0; i < scenario.runs().size(); i++) {
            ScenarioRun r = scenario.runs().get(i);
            runs.add(PathSketch.run(r.config(), scenario.view()));
            cs.add(RunColors.of(r, i));
        }
        this.paths = List.copyOf(runs);
        this.colors = List.copyOf(cs);
        List<RunReplay> rs = new ArrayList<>();
        for (ScenarioRun r : scenario.runs()) {
            rs.add(new RunReplay(r.config()));
        }
        this.replays = List.copyOf(rs);
        this.scenarioBasins = ScenarioOverlays.basins(scenario, surface);
        this.scenarioBasinLegend = scenarioBasins == null ? null : scenarioBasins.legend();
    }

    /**
     * Draws run {@code runs[i]} as the window draws its selected raced run (thicker, on top of the main run,
     * with its update rule beside it); −1 (the default) for none. @return this
     */
    public PlotRenderer withSelected(int i) {
        this.selectedRun = i;
        return this;
    }

    /**
     * {@link #paint} shows the runs up to step k from now on, as the window does at step k (the trails to w_k,
     * the planned paths beyond, the current point and arrows at w_k; a run that ended earlier shows all of
     * it); by default the complete runs. @return this
     */
    public PlotRenderer withStep(int k) {
        this.shownStep = Math.max(0, k);
        return this;
    }

    /**
     * Paints the window's overlays, frozen when its export started, instead of those the scenario names (the
     * ghost paths and curvature marks): under the paths and over them as the window does. The animated GIF's
     * frames show other steps than the window's, so they leave out the overlays of one step
     * ({@link org.gdlab.render.paint.Overlay#followsStep}) and draw them at each frame's step instead: the
     * curvature the scenario names at each frame's point, the window's switched-on marks of a step
     * ({@link OnPlot#perStep}: trials, direction, batch gradient) from that step's replay. @return this
     */
    public PlotRenderer withOverlays(OnPlot windowOverlays) {
        this.onPlot = windowOverlays;
        return this;
    }

    /** @return the names of the overlays a picture of the complete runs draws over the plot, in painting order */
    public List<String> overlayNames() {
        List<String> out = new ArrayList<>();
        for (Overlay o : underPaths(null, false)) {
            out.add(o.name());
        }
        for (Overlay o : overPaths(false)) {
            out.add(o.name());
        }
        return out;
    }

    /** Paints in the theme's paper and ink from now on (the window's theme; light by default). @return this */
    public PlotRenderer withTheme(PlotTheme t) {
        this.theme = t;
        return this;
    }

    /** @return the scenario painted */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the number of rows of the longest run (steps + 1); at least 1 */
    public int longestRun() {
        return Math.max(1, paths.stream().mapToInt(PathSketch::rows).max().orElse(1));
    }

    /** Paints the whole plot with every run's complete path (or up to the step of {@link #withStep}). */
    public void paint(Graphics2D g, int width, int height) {
        paint(g, width, height, shownStep, false);
    }

    /**
     * Paints one frame of the descent: every path up to step {@code step} (a run that ended earlier shows
     * all of it) and a step counter.
     */
    public void paintFrame(Graphics2D g, int width, int height, int step) {
        paint(g, width, height, step, true);
    }

    /** @return the painter units per pixel of a width × height picture: its scale s */
    static double scale(int width, int height) {
        return Math.max(0.4, Math.min(width / BASE_WIDTH, height / BASE_HEIGHT));
    }

    private void paint(Graphics2D g0, int width, int height, int upToStep, boolean counter) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double s = scale(width, height);
            g.scale(s, s);
            double w = width / s;
            double h = height / s;
            FrameLayer.paintPaper(g, w, h, theme);
            double top = paintTitle(g, w);
            List<List<Integer>> rows = legendRows(g, w, upToStep);
            double legendHeight = rows.size() * lineHeight(g, LEGEND) * 1.15;
            double bottom = h - PAD - legendHeight;
            PlotTransform t = plotTransform(g, s, w, top, bottom);
            paintPlot(g, t, s, upToStep, counter);
            paintLegend(g, rows, bottom, w, upToStep);
        } finally {
            g.dispose();
        }
    }

    /** The plot area and its frame, as the window paints its layers, bottom to top. */
    private void paintPlot(Graphics2D g, PlotTransform t, double s, int upToStep, boolean counter) {
        ensurePicture(t, s);
        SurfaceLayer.paintPicture(g, t, picture, fill);
        if (scenario.overlays().contains(Overlays.GRADIENT_FIELD)) {
            SurfaceLayer.paintGradientField(g, t, surface);
        }
        Occupancy occupied = new Occupancy();
        SurfaceLayer.paintMinima(g, t, surface.description().knownPoints(), occupied); // the window always shows them
        java.util.List<String> names = org.gdlab.core.data.DataCost.axisNames(surface);
        FrameLayer.paintAxes(g, t, theme, names.get(0), names.get(1));
        FrameLayer.paintColorBar(g, t, picture, scenario.colorMap(), theme, org.gdlab.core.explain.CostLetter.of(surface));
        List<SketchPoints> now = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            PathSketch p = paths.get(i);
            SketchPoints walked = p.rows() == 0 ? null : SketchPoints.upTo(p, upToStep);
            now.add(walked);
            if (i == 0 && walked != null) {
                PathLayer.occupy(occupied, t, walked, walked.size() - 1);
                double[][] a = mainArrows(p, walked); // as the window's: the arrows at w_k, before any label
                PathLayer.occupyArrows(occupied, t, a[0][0], a[0][1], a[1], a[2]);
            }
        }
        List<Overlay> under = underPaths(now, counter);
        for (Overlay o : under) {
            o.paint(g, t, new Occupancy()); // as the window's layers under the paths: each on a canvas of its own
        }
        List<RacedRuns.Run> raced = racedRuns(now);
        RacedRuns.occupy(occupied, t, raced);
        Vec2 start = scenario.start();
        occupied.addPoint(t.sx(start.x()), t.sy(start.y()), PlotStyle.START_RADIUS + 3, Occupancy.HARD);
        // the window's layers, bottom to top: the raced runs' planned paths and (unless one is selected)
        // trails, the main run's planned path and trail (thinner while racing), the selected raced run on top
        RacedRuns.paintPlanned(g, t, raced);
        boolean selected = raced.stream().anyMatch(RacedRuns.Run::selected);
        if (!selected) {
            RacedRuns.paintMoving(g, t, raced);
        }
        if (!paths.isEmpty() && now.get(0) != null) {
            paintMain(g, t, upToStep, now.get(0), raced.isEmpty() ? 1 : RacedRuns.MAIN_WIDTH);
        }
        if (selected) {
            RacedRuns.paintMoving(g, t, raced);
        }
        // the window's still marks (start, "left the view", the race's labels, the overlays), then its moving
        // marks on top: the arrows, their label kept off all of those, and the current point
        PathLayer.paintStart(g, t, start.x(), start.y());
        if (!paths.isEmpty() && now.get(0) != null) {
            PathLayer.paintExit(g, t, SketchPoints.upTo(paths.get(0), Integer.MAX_VALUE), PlotStyle.DIVERGED, occupied);
        }
        RacedRuns.labels(raced).paint(g, t, occupied);
        for (Overlay o : stepOverlays(upToStep, counter)) {
            o.paint(g, t, occupied);
        }
        for (Overlay o : overPaths(counter)) {
            o.paint(g, t, occupied);
        }
        paintLabels(g, t, under, false, occupied); // the ghosts', as the window's still marks
        if (counter) {
            new StepCounter(Math.min(upToStep, longestRun() - 1), theme).paint(g, t, occupied);
        }
        if (!paths.isEmpty() && now.get(0) != null) {
            paintMainMarks(g, t, paths.get(0), now.get(0), upToStep, occupied);
        }
        paintLabels(g, t, under, true, occupied); // the curvature's, as the window's moving marks: after −∇C
    }

    /**
     * The labels of the overlays under the paths, over the paths and against the picture's one occupancy
     * ({@link Overlay#paintLabels}): those that follow the step, or the others.
     */
    private static void paintLabels(Graphics2D g, PlotTransform t, List<Overlay> under, boolean followStep, Occupancy occupied) {
        for (Overlay o : under) {
            if (o.followsStep() == followStep) {
                o.paintLabels(g, t, occupied);
            }
        }
    }

    /**
     * @param now     each run's points up to the frame's step (null when not painting: the curvature is then at the start)
     * @param frames  true for a frame of an animation
     * @return the overlays under the paths: the window's, or those the scenario names (the ghost paths, the
     *     curvature at the selected raced run's point, else the main run's, at the frame's step); in a frame of
     *     an animation of the window, its overlays that do not belong to its step and the curvature the
     *     scenario names (the window's switches, captured with it) at the frame's point
     */
    private List<Overlay> underPaths(List<SketchPoints> now, boolean frames) {
        if (onPlot != null && !frames) {
            return onPlot.underPaths();
        }
        List<Overlay> out = new ArrayList<>();
        if (onPlot == null && scenarioBasins != null) {
            out.add(scenarioBasins); // the lowest, as the window's
        }
        if (onPlot != null) { // an animation of the window: its overlays but those of its step, the curvature per frame
            out.addAll(onPlot.withoutStepOverlays().underPaths());
        } else if (!ghostsBuilt) {
            scenarioGhosts = ScenarioOverlays.ghosts(scenario);
            ghostsBuilt = true;
        }
        if (onPlot == null && scenarioGhosts != null) {
            out.add(scenarioGhosts);
        }
        Vec2 w = now == null ? scenario.start() : pointOf(now, selectedRun);
        Overlay c = ScenarioOverlays.curvature(scenario, surface, w);
        if (c != null) {
            out.add(c);
        }
        return out;
    }

    /**
     * @return the overlays over the paths: the window's (in a frame of an animation those that do not belong
     *     to its step; {@link #stepOverlays} draws those), none of a scenario alone
     */
    private List<Overlay> overPaths(boolean frames) {
        if (onPlot == null) {
            return scenarioBasinLegend == null ? List.of() : List.of(scenarioBasinLegend);
        }
        return (frames ? onPlot.withoutStepOverlays() : onPlot).overPaths();
    }

    /**
     * Computes, before painting, what a width × height picture needs that takes long: the basin map of the
     * picture's visible rectangle when the one at hand does not cover it ({@link BasinMapOverlay#prepare}), so
     * that an export reports its progress and can be cancelled; painting computes it otherwise.
     *
     * @param progress told (rows done, rows) while a basin map is computed
     * @throws java.util.concurrent.CancellationException when the token is cancelled first
     */
    public void prepare(int width, int height, CancellationToken token, ExportProgress progress) {
        prepare(width, height, shownStep, token, progress);
    }

    /**
     * {@link #prepare(int, int, CancellationToken, ExportProgress)} for a frame at step upToStep
     * ({@link #paintFrame}: its legend, which says how runs ended only once they have, may take fewer rows, so
     * its plot may show more).
     */
    public void prepare(int width, int height, int upToStep, CancellationToken token, ExportProgress progress) {
        List<BasinMapOverlay> maps = new ArrayList<>();
        for (Overlay o : underPaths(null, false)) {
            if (o instanceof BasinMapOverlay m) {
                maps.add(m);
            }
        }
        if (maps.isEmpty()) {
            return;
        }
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            org.gdlab.core.surface.ViewRect visible = transform(g, width, height, upToStep).visible();
            for (BasinMapOverlay m : maps) {
                m.prepare(visible, token, progress);
            }
        } finally {
            g.dispose();
        }
    }

    /** The marks of one step a scenario alone shows, as the window shows them by default, in its order. */
    private static final List<StepOverlay> SCENARIO_STEP_OVERLAYS = List.of(TrialPointsOverlay::atStep,
            SearchDirectionOverlay::atStep, BatchGradientArrow::atStep);

    /**
     * @param upToStep the step shown
     * @param frames   true for a frame of an animation
     * @return the marks of the step shown, over the paths, as the window draws them with its scrubber at that
     *     step: the trials and the direction of the step's line search (of the selected raced run, else the
     *     main run) and the main run's batch gradient. In a frame of the window's animation those of its
     *     switches that are on ({@link OnPlot#perStep}); in a picture of the window none (its frozen overlays
     *     are of its step already); of a scenario alone all three (a rule without a line search and a full
     *     batch show none), in every picture. Computed for the step alone, so memory stays bounded
     */
    List<Overlay> stepOverlays(int upToStep, boolean frames) {
        List<StepOverlay> kinds = onPlot == null ? SCENARIO_STEP_OVERLAYS : frames ? onPlot.perStep() : List.of();
        if (kinds.isEmpty() || paths.isEmpty()) {
            return List.of();
        }
        StepMarks marks = marksAt(upToStep);
        List<Overlay> out = new ArrayList<>();
        for (StepOverlay kind : kinds) {
            Overlay o = kind.at(marks);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * @return the marks of step k (each run at min(k, its last row)): the line search of the step leaving the
     *     selected raced run's iterate (else the main run's), the main run's batch gradient; nothing is replayed
     *     for a run that has no step after it
     */
    private StepMarks marksAt(int k) {
        int searched = selectedRun > 0 && selectedRun < paths.size() ? selectedRun : 0;
        LineSearchTrace trace = k < paths.get(searched).rows() - 1 ? replays.get(searched).lineSearch(k) : null;
        Vec2[] batch = k < paths.get(0).rows() - 1 ? replays.get(0).batchStep(k) : null;
        return batch == null ? new StepMarks(trace, null, null, null) : new StepMarks(trace, batch[0], batch[1], batch[2]);
    }

    /** @return the point the curvature is shown at: the selected raced run's current point, else the main run's */
    private static Vec2 pointOf(List<SketchPoints> now, int selected) {
        SketchPoints p = selected > 0 && selected < now.size() && now.get(selected) != null ? now.get(selected)
                : now.isEmpty() ? null : now.get(0);
        if (p == null || p.size() == 0) {
            return null;
        }
        return new Vec2(p.x(p.size() - 1), p.y(p.size() - 1));
    }

    /** @return the raced runs ({@code runs[1..]}) at the frame's step, as the window's race paints them */
    private List<RacedRuns.Run> racedRuns(List<SketchPoints> now) {
        List<RacedRuns.Run> out = new ArrayList<>();
        for (int i = 1; i < paths.size(); i++) {
            SketchPoints walked = now.get(i);
            if (walked == null) {
                continue;
            }
            PathSketch p = paths.get(i);
            int k = walked.size() - 1;
            Memory m = replays.get(i).memory(walked.step(k));
            out.add(new RacedRuns.Run(walked, k, SketchPoints.upTo(p, Integer.MAX_VALUE), colors.get(i), m,
                    scenario.runs().get(i).config().optimizer().rule(), i == selectedRun));
        }
        return out;
    }

    /**
     * The main run's planned path and trail, as the window's: the trail painted in painter units of
     * {@code width} (its line, outline and dots that many times as wide, its positions exact).
     */
    private void paintMain(Graphics2D g, PlotTransform t, int upToStep, SketchPoints walked, double width) {
        PathSketch p = paths.get(0);
        if (upToStep < p.rows() - 1) { // the planned path is what the trail has not covered yet
            PathLayer.paintPlanned(g, t, SketchPoints.upTo(p, Integer.MAX_VALUE));
        }
        Graphics2D w = (Graphics2D) g.create();
        try {
            w.scale(width, width);
            PlotTransform tw = new PlotTransform(t.visible(), t.left() / width, t.top() / width, t.width() / width,
                    t.height() / width);
            PathLayer.paintTrail(w, tw, walked, 0, walked.size() - 1, new PathLayer.TrailLook(colors.get(0), 4.5, 2.2, true));
        } finally {
            w.dispose();
        }
    }

    /** The main run's arrows at its current step and its current point, as the window's marks layer. */
    private void paintMainMarks(Graphics2D g, PlotTransform t, PathSketch p, SketchPoints walked, int upToStep,
            Occupancy occupied) {
        double[][] a = mainArrows(p, walked);
        double x = a[0][0];
        double y = a[0][1];
        PathLayer.paintArrows(g, t, x, y, a[1], a[2], occupied, org.gdlab.core.explain.CostLetter.of(surface));
        PathLayer.paintCurrent(g, t, x, y, PlotStyle.CURRENT_RADIUS, PlotStyle.CURRENT);
    }

    /** @return the main run's current point {x, y}, the next iterate {x, y} (null at the last) and ∇C there */
    private double[][] mainArrows(PathSketch p, SketchPoints walked) {
        int k = walked.size() - 1;
        double x = walked.x(k);
        double y = walked.y(k);
        int step = walked.step(k);
        Vec2 grad = surface.gradient(x, y); // the window always shows both arrows
        double[] next = null;
        if (step < p.rows() - 1) {
            Vec2 w = p.at(step + 1);
            next = new double[] {w.x(), w.y()};
        }
        return new double[][] {{x, y}, next, {grad.x(), grad.y()}};
    }

    /**
     * @return the plot area between top and bottom of a w units wide picture, its right margin as wide as the
     *     colour bar's widest label needs ({@link FrameLayer#rightMargin}, measured with g's font). The
     *     labels depend on the picture, which depends on the area; the margin is measured for the default
     *     margin's picture, then only grows, at most {@value #MARGIN_ROUNDS} times, so it ends and every
     *     label of the picture painted fits
     */
    private PlotTransform plotTransform(Graphics2D g, double s, double w, double top, double bottom) {
        Graphics2D c = (Graphics2D) g.create();
        c.setFont(org.gdlab.render.paint.PlotStyle.LABEL); // some Graphics2D give the metrics of their current font
        java.awt.FontMetrics m = c.getFontMetrics();
        c.dispose();
        double right = FrameLayer.RIGHT;
        PlotTransform t = fit(w, top, bottom, right);
        for (int round = 0; round < MARGIN_ROUNDS; round++) {
            ensurePicture(t, s);
            double need = FrameLayer.rightMargin(picture, t, m);
            if (round == 0 ? need == right : need <= right) {
                break;
            }
            right = round == 0 ? need : Math.max(right, need);
            t = fit(w, top, bottom, right);
        }
        return t;
    }

    /** how often {@link #plotTransform} re-measures the right margin, at most */
    private static final int MARGIN_ROUNDS = 3;

    private PlotTransform fit(double w, double top, double bottom, double right) {
        return PlotTransform.fit(scenario.view(), FrameLayer.LEFT, top + FrameLayer.TOP,
                w - FrameLayer.LEFT - right, bottom - top - FrameLayer.TOP - FrameLayer.BOTTOM, true);
    }

    private void ensurePicture(PlotTransform t, double s) {
        double pw = t.width() * s;
        double ph = t.height() * s;
        double longer = Math.max(pw, ph);
        double f = longer > GRID_MAX ? GRID_MAX / longer : 1;
        int nx = Math.max(2, (int) Math.round(pw * f));
        int ny = Math.max(2, (int) Math.round(ph * f));
        if (picture == null || picture.grid().nx() != nx || picture.grid().ny() != ny
                || !picture.grid().view().equals(t.visible())) {
            picture = ContourPictureBuilder.build(surface, t.visible(), nx, ny, scenario.colorMap(),
                    scenario.levelSpacing(), scenario.levelCount());
            fill = SurfaceLayer.image(picture);
        }
    }

    // ---- title and legend ----------------------------------------------------------------------------

    /** @return the bottom of the title block */
    private double paintTitle(Graphics2D g, double w) {
        String title = scenario.title().isEmpty() ? surface.description().name() : scenario.title();
        String formula = surface instanceof org.gdlab.core.data.DataCost ? surface.description().formula()
                : "C(x, y) = " + surface.description().formula(); // a data cost's formula names itself, "J(w, b) = …"
        FontMetrics tm = g.getFontMetrics(TITLE);
        FontMetrics sm = g.getFontMetrics(SMALL);
        g.setColor(theme.ink());
        g.setFont(TITLE);
        float y = (float) (PAD + tm.getAscent());
        g.drawString(fit(tm, title, w - 2 * PAD), (float) PAD, y);
        g.setFont(SMALL);
        g.setColor(PlotStyle.alpha(theme.ink(), 190));
        float y2 = y + tm.getDescent() + sm.getAscent();
        g.drawString(fit(sm, formula, w - 2 * PAD), (float) PAD, y2);
        return y2 + sm.getDescent();
    }

    private static double lineHeight(Graphics2D g, Font f) {
        FontMetrics m = g.getFontMetrics(f);
        return m.getAscent() + m.getDescent();
    }

    /** @return the text, cut with "…" to at most {@code width} units */
    static String fit(FontMetrics m, String text, double width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        int lo = 1; // the longest prefix that fits with "…", by bisection (the texts may be 2000 characters)
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.stringWidth(text.substring(0, mid) + "…") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, Math.max(1, lo)) + "…";
    }

    private static final double SWATCH = 40;
    private static final double GAP = 28;

    /** @return the legend's entries in rows that fit the width */
    private List<List<Integer>> legendRows(Graphics2D g, double w, int upToStep) {
        FontMetrics m = g.getFontMetrics(LEGEND);
        double avail = w - 2 * PAD;
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < paths.size(); i++) {
            double ew = SWATCH + m.stringWidth(legendEntry(m, w, i, upToStep)) + GAP;
            if (!row.isEmpty() && used + ew > avail) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(i);
            used += ew;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** @return the legend text of run i, cut to the picture's width */
    private String legendEntry(FontMetrics m, double w, int i, int upToStep) {
        return fit(m, legendText(i, upToStep), w - 2 * PAD - SWATCH);
    }

    private String legendText(int i, int upToStep) {
        PathSketch t = paths.get(i);
        String label = scenario.runs().get(i).displayLabel();
        if (upToStep < t.rows() - 1) {
            return label;
        }
        return label + " — " + (t.rows() == 0 && t.end() instanceof Diverged d ? unusableStart(d) : t.outcome().legend());
    }

    /**
     * @return why a run has no path at all, in the words of the window's banner: "diverged at step 0: the
     *     start itself cannot be used (the cost is undefined (NaN) at step 0)"
     */
    public static String unusableStart(Diverged d) {
        return "diverged at step " + d.step() + ": the start itself cannot be used (" + d.message() + ")";
    }

    private void paintLegend(Graphics2D g, List<List<Integer>> rows, double top, double w, int upToStep) {
        g.setFont(LEGEND);
        FontMetrics m = g.getFontMetrics(LEGEND);
        double lineH = (m.getAscent() + m.getDescent()) * 1.15;
        double y = top;
        for (List<Integer> row : rows) {
            double total = 0;
            for (int i : row) {
                total += SWATCH + m.stringWidth(legendEntry(m, w, i, upToStep)) + GAP;
            }
            double x = Math.max(PAD, (w - total) / 2);
            double mid = y + lineH / 2;
            for (int i : row) {
                Line2D.Double sample = new Line2D.Double(x, mid, x + SWATCH - 10, mid);
                g.setColor(PlotStyle.OUTLINE);
                g.setStroke(PlotStyle.round(7));
                g.draw(sample);
                g.setColor(colors.get(i));
                g.setStroke(PlotStyle.round(4));
                g.draw(sample);
                String text = legendEntry(m, w, i, upToStep);
                g.setColor(theme.ink());
                g.drawString(text, (float) (x + SWATCH), (float) (mid + (m.getAscent() - m.getDescent()) / 2.0));
                x += SWATCH + m.stringWidth(text) + GAP;
            }
            y += lineH;
        }
    }

    /** @return the plot area of a width × height picture, in pixels (for tests that sample it) */
    public Rectangle2D plotArea(Graphics2D g, int width, int height) {
        return plotArea(g, width, height, shownStep);
    }

    /**
     * @return the plot area of a width × height frame at step upToStep ({@link #paintFrame}: its legend, which
     *     says how runs ended only once they have, may take fewer rows), in pixels
     */
    public Rectangle2D plotArea(Graphics2D g, int width, int height, int upToStep) {
        double s = scale(width, height);
        PlotTransform t = transform(g, width, height, upToStep);
        return new Rectangle2D.Double(t.left() * s, t.top() * s, t.width() * s, t.height() * s);
    }

    /** @return the plot's transform (in painter units) of a width × height frame at step upToStep */
    private PlotTransform transform(Graphics2D g, int width, int height, int upToStep) {
        double s = scale(width, height);
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.scale(s, s);
            double w = width / s;
            double h = height / s;
            double top = PAD + lineHeight(c, TITLE) + lineHeight(c, SMALL);
            double legendHeight = legendRows(c, w, upToStep).size() * lineHeight(c, LEGEND) * 1.15;
            double bottom = h - PAD - legendHeight;
            return plotTransform(c, s, w, top, bottom);
        } finally {
            c.dispose();
        }
    }
}
