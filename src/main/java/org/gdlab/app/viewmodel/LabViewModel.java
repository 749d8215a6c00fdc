package org.gdlab.app.viewmodel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gdlab.app.playback.PlaybackController;
import org.gdlab.core.explain.AlphaHint;
import org.gdlab.core.explain.StepSizeLimit;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.ParameterSpec;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;

/**
 * The root view model of the window: the surface, the run settings, the view of the plane, the planned
 * path and its playback, and the texts of the status line, banner and update panel.
 *
 * <p>Every setting is a JavaFX property; commands are methods. Whenever a setting that shapes the path
 * changes, the whole path (up to the step limit) is planned again on the path worker; whenever the
 * surface or the view changes, the contour picture is computed again at the plot's pixel resolution on
 * the picture worker of the {@link PlotViewModel}. Both are kinds of the window's one {@link Background},
 * which every view model of the window shares: they publish through its publisher
 * ({@code Platform::runLater} in the app), so the JavaFX thread never waits on computation, and report
 * failures to its {@link Problems}, whose message is the status line; the last good path and picture stay
 * on screen.
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class LabViewModel {

    /** the head of the status line's sentence when the path cannot be planned */
    public static final String PATH_FAILURE = "Could not compute the path";
    /** the head of the status line's sentence when a surface parameter is refused */
    public static final String SURFACE_FAILURE = "Could not change the surface";

    /** the surface the window opens on */
    public static final String DEFAULT_SURFACE = "quadratic";

    // surface
    private final ObservableList<String> surfaceIds = FXCollections.observableArrayList(allSurfaceIds());
    private final StringProperty surfaceId = new SimpleStringProperty(this, "surfaceId", DEFAULT_SURFACE);
    private final ObservableList<ParameterModel> parameters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Surface> surface = new ReadOnlyObjectWrapper<>(this, "surface");
    /** the fixed texts about the cost in the surface's letter (J on data, C elsewhere) */
    private final CostWords costWords = new CostWords(surface.getReadOnlyProperty());
    private final ReadOnlyStringWrapper formulaShown = new ReadOnlyStringWrapper(this, "formulaShown", "");
    private final FormulaModel formula = new FormulaModel();

    // run settings
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>(this, "optimizer", OptimizerKind.GD);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 0.1);
    private final HyperparameterFields hyperparameters = new HyperparameterFields(Hyperparameters.defaults(OptimizerKind.GD));
    private final StringProperty schedule = new SimpleStringProperty(this, "schedule", "constant");
    private final ReadOnlyStringWrapper scheduleError = new ReadOnlyStringWrapper(this, "scheduleError", "");
    private final IntegerProperty warmup = new SimpleIntegerProperty(this, "warmup", 0);
    private final DoubleProperty clip = new SimpleDoubleProperty(this, "clip", 0);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", RunConfig.DEFAULT_SEED);
    private final IntegerProperty maxSteps = new SimpleIntegerProperty(this, "maxSteps", RunConfig.DEFAULT_MAX_STEPS);
    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", RunConfig.DEFAULT_BATCH);
    private final DoubleProperty startX = new SimpleDoubleProperty(this, "startX");
    private final DoubleProperty startY = new SimpleDoubleProperty(this, "startY");
    private final BooleanProperty tuneLive = new SimpleBooleanProperty(this, "tuneLive", false);

    // results
    private final ReadOnlyObjectWrapper<PlannedPath> path = new ReadOnlyObjectWrapper<>(this, "path");
    private final PlaybackController playback = new PlaybackController();
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper(this, "banner", "");
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper(this, "diverged", false);
    private final ReadOnlyObjectWrapper<RunOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyStringWrapper stability = new ReadOnlyStringWrapper(this, "stability", "");
    private final ReadOnlyStringWrapper alphaHint = new ReadOnlyStringWrapper(this, "alphaHint", "");
    private final ReadOnlyDoubleWrapper stepSizeLimit = new ReadOnlyDoubleWrapper(this, "stepSizeLimit", Double.NaN);
    private final ReadOnlyStringWrapper updateText = new ReadOnlyStringWrapper(this, "updateText", "");
    private final ReadOnlyStringWrapper settingsProblem = new ReadOnlyStringWrapper(this, "settingsProblem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private final Background background;
    private final LatestWins<PathResult> pathWorker;
    private final PlotViewModel plot;
    private final List<RateChange> changes = new ArrayList<>();
    private double baseLearningRate;
    private boolean restartOnNextPath = true;
    private String configProblem = "";
    /** The status line's head for settings that cannot run. */
    static final String NOT_RUN = "Not run";
    private boolean quiet;
    private boolean selecting;

    /**
     * @param publisher where background results are applied ({@code Platform::runLater} in the app); the
     *                  work runs on daemon threads
     */
    public LabViewModel(Executor publisher) {
        this(Background.onDaemonThreads(publisher, new Problems()));
    }

    /**
     * @param background where the window's computations run and report (tests: an executor they drain)
     */
    public LabViewModel(Background background) {
        this.background = background;
        pathWorker = background.latestWins(PATH_FAILURE);
        plot = new PlotViewModel(surface.getReadOnlyProperty(), background);

        quiet = true;
        selectSurface(DEFAULT_SURFACE);
        applyInstructiveDefault();
        quiet = false;

        surfaceId.addListener((o, a, b) -> {
            if (!selecting && b != null && (SurfaceCatalog.has(b) || DataChoices.has(b))) {
                selectSurface(b);
            }
        });
        optimizer.addListener((o, a, b) -> {
            quiet = true;
            hyperparameters.valuesProperty().set(Hyperparameters.defaults(b));
            learningRate.set(b == OptimizerKind.GD ? surface.get().description().suggestedLearningRate()
                    : b.defaultLearningRate());
            quiet = false;
            planFromStart();
        });
        hyperparameters.problemProperty().addListener(o -> showProblems());
        for (Observable p : List.of(hyperparameters.valuesProperty(), warmup, clip, noise, seed, maxSteps,
                startX, startY, batch)) {
            p.addListener(o -> planFromStart());
        }
        for (Observable p : List.of(startX, startY)) {
            p.addListener(o -> {
                if (!quiet) {
                    notice.set(""); // the start the notice speaks of was moved
                }
            });
        }
        schedule.addListener(o -> planFromStart());
        learningRate.addListener((o, a, b) -> learningRateChanged(b.doubleValue()));
        playback.stepProperty().addListener(o -> updateTexts());
        planFromStart();
    }

    // ---------------------------------------------------------------- commands

    /**
     * Select a built-in surface, or a built-in dataset's cost ({@link DataChoices}): its default parameters,
     * view, start and (for GD) learning rate. On data the gradient noise σ is set to 0 (the data's own
     * mini-batches are its noise) and {@link #noticeProperty()} says so.
     */
    public void selectSurface(String id) {
        notice.set("");
        boolean data = DataChoices.has(id);
        Surface s = data ? DataChoices.spec(id).cost() : SurfaceCatalog.create(id);
        parameters.setAll(data ? List.of() : parameterModels(id));
        boolean wasQuiet = quiet;
        quiet = true;
        selecting = true;
        surfaceId.set(id);
        selecting = false;
        setSurface(s);
        plot.showSurface(s.description());
        startX.set(s.description().suggestedStart().x());
        startY.set(s.description().suggestedStart().y());
        if (optimizer.get() == OptimizerKind.GD) {
            learningRate.set(s.description().suggestedLearningRate());
        }
        batch.set(RunConfig.DEFAULT_BATCH); // a new dataset has its own N: back to the full gradient
        boolean noiseOff = data && noise.get() != 0;
        if (noiseOff) {
            noise.set(0);
        }
        quiet = wasQuiet;
        if (noiseOff) {
            notice.set("Data: the gradient noise σ is off (on data, the noise comes from mini-batches).");
        }
        planFromStart();
    }

    /**
     * The data of the data surface on screen was edited (a point moved, added or removed in the data view):
     * the cost becomes {@code edited}, keeping the chooser's entry, the view, the start and the run settings;
     * the contour picture (with its optimum) and the path are computed again off the JavaFX thread. Ignored
     * unless a data surface is on screen.
     */
    public void replaceData(org.gdlab.core.data.DataCost edited) {
        if (!(surface.get() instanceof org.gdlab.core.data.DataCost) || edited == null) {
            return;
        }
        boolean wasQuiet = quiet;
        quiet = true;
        setSurface(edited);
        if (batch.get() > edited.spec().data().size()) { // a point was removed: the batch holds at most all of them
            batch.set(edited.spec().data().size());
        }
        quiet = wasQuiet;
        planFromStart();
    }

    /**
     * Show a data cost that is not one of the chooser's entries as it stands (a dataset with feature scaling
     * switched, or a CSV file's columns): like {@link #selectSurface}, its own view, start and (for GD) α;
     * the chooser shows no entry. A batch size larger than its N becomes N; the gradient noise σ is set to 0.
     */
    public void showData(org.gdlab.core.data.DataCost c) {
        notice.set("");
        boolean wasQuiet = quiet;
        quiet = true;
        parameters.clear();
        selecting = true;
        surfaceId.set(null);
        selecting = false;
        setSurface(c);
        plot.showSurface(c.description());
        startX.set(c.description().suggestedStart().x());
        startY.set(c.description().suggestedStart().y());
        if (optimizer.get() == OptimizerKind.GD) {
            learningRate.set(c.description().suggestedLearningRate());
        }
        batch.set(Math.min(batch.get(), c.spec().data().size()));
        noise.set(0);
        quiet = wasQuiet;
        planFromStart();
    }

    /** @return the chooser's entries: the built-in surfaces, then the built-in datasets' costs */
    private static List<String> allSurfaceIds() {
        List<String> ids = new ArrayList<>(SurfaceCatalog.ids());
        ids.addAll(DataChoices.ids());
        return ids;
    }

    /**
     * Apply the typed formula when it is valid: it becomes the surface, shown over its own view. The start and
     * α are kept unless they are unusable there: a start where C or ∇C is not finite moves to the formula's
     * suggested start, and gradient descent's α, when its first step from the start would be longer than the
     * view is wide, becomes the formula's suggested rate; {@link #noticeProperty()} then says what changed
     * and why. A kept start outside the formula's view widens the view to show it. An invalid formula changes
     * nothing (the error is already shown by {@link #formula()}).
     *
     * @return true when the formula was applied
     */
    public boolean applyFormula() {
        return formula.parse().map(f -> {
            boolean wasQuiet = quiet;
            quiet = true;
            parameters.clear();
            batch.set(RunConfig.DEFAULT_BATCH); // a formula has no data to draw batches from
            selecting = true;
            surfaceId.set(null);
            selecting = false;
            setSurface(f);
            ViewRect view = f.description().view();
            Vec2 start = new Vec2(startX.get(), startY.get());
            List<String> changed = new ArrayList<>();
            if (!(Double.isFinite(f.value(start)) && f.gradient(start).isFinite())) {
                Vec2 s = f.description().suggestedStart();
                changed.add("the start moved to " + Numbers.vec(s.x(), s.y()) + " (C or ∇C is not finite at "
                        + Numbers.vec(start.x(), start.y()) + ")");
                start = s;
            }
            if (optimizer.get() == OptimizerKind.GD) {
                double lr = learningRate.get();
                double firstStep = lr * f.gradient(start).norm();
                if (!(firstStep <= Math.max(view.width(), view.height()))) {
                    double suggested = f.description().suggestedLearningRate();
                    changed.add("α set to " + Numbers.sig3(suggested) + " (with α = " + Numbers.sig3(lr)
                            + " the first step would be " + Numbers.sig3(firstStep) + " long, wider than the view)");
                    learningRate.set(suggested);
                }
            }
            plot.showSurface(f.description());
            if (!view.contains(start.x(), start.y())) {
                plot.requestedViewProperty().set(around(view, start));
            }
            startX.set(start.x());
            startY.set(start.y());
            quiet = wasQuiet;
            notice.set(changed.isEmpty() ? "" : "New surface: " + String.join("; ", changed) + ".");
            planFromStart();
            return true;
        }).orElse(false);
    }

    /** @return the view widened to hold p with a margin of a tenth of the view's size */
    private static ViewRect around(ViewRect v, Vec2 p) {
        double mx = v.width() / 10;
        double my = v.height() / 10;
        return new ViewRect(Math.min(v.xMin(), p.x() - mx), Math.max(v.xMax(), p.x() + mx),
                Math.min(v.yMin(), p.y() - my), Math.max(v.yMax(), p.y() + my));
    }

    /** Set the start point (click on the plot, drag of the start marker, fields); the path restarts. */
    public void setStart(double x, double y) {
        notice.set("");
        boolean wasQuiet = quiet;
        quiet = true;
        startX.set(x);
        startY.set(y);
        quiet = wasQuiet;
        planFromStart();
    }

    /** Move the view so that the start point is visible (after a typed value outside the view). */
    public void revealStart() {
        plot.reveal(startX.get(), startY.get());
    }

    // ---------------------------------------------------------------- internals

    private List<ParameterModel> parameterModels(String id) {
        List<ParameterModel> out = new ArrayList<>();
        for (ParameterSpec spec : SurfaceCatalog.parameters(id)) {
            DoubleProperty value = new SimpleDoubleProperty(spec.defaultValue());
            value.addListener(o -> parametersChanged(id));
            out.add(new ParameterModel(spec, value));
        }
        return out;
    }

    private void parametersChanged(String id) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParameterModel p : parameters) {
            values.put(p.spec().name(), p.value().get());
        }
        Surface s;
        try {
            s = SurfaceCatalog.create(id, values);
        } catch (IllegalArgumentException e) {
            background.problems().report(SURFACE_FAILURE, e);
            return;
        }
        // the path first: a κ or θ drag shows the new path in the next frame, and the new picture (tens of
        // milliseconds on every core) is computed once the path is out, not beside it
        plot.holdPictures();
        setSurface(s);
        if (!planFromStart()) {
            plot.releasePictures();
        }
    }

    private void setSurface(Surface s) {
        background.problems().clear(SURFACE_FAILURE);
        surface.set(s);
        // a data cost's formula names itself, "J(w, b) = …"; an analytic surface's is C's
        formulaShown.set(s instanceof org.gdlab.core.data.DataCost ? s.description().formula() : "C(x, y) = " + s.description().formula());
    }

    /** κ = 10, θ = 30° from the quadratic's suggested start and α (1.8/κ, just under 2/λmax): a clear zig-zag. */
    private void applyInstructiveDefault() {
        for (ParameterModel p : parameters) {
            if (p.spec().name().equals("kappa")) {
                p.value().set(clampTo(p.spec(), 10));
            } else if (p.spec().name().equals("theta")) {
                p.value().set(clampTo(p.spec(), 30));
            }
        }
        hyperparameters.valuesProperty().set(Hyperparameters.defaults(OptimizerKind.GD));
        learningRate.set(surface.get().description().suggestedLearningRate());
    }

    private static double clampTo(ParameterSpec spec, double v) {
        return Math.max(spec.min(), Math.min(spec.max(), v));
    }

    private void learningRateChanged(double lr) {
        if (quiet) {
            return;
        }
        notice.set("");
        if (tuneLive.get() && path.get() != null) {
            int k = playback.step();
            changes.removeIf(c -> c.step() >= k);
            changes.add(new RateChange(k, lr));
            restartOnNextPath = false;
            requestPath();
        } else {
            planFromStart();
        }
    }

    /**
     * Plan the path again from w_0 with the current α (live changes are dropped); playback restarts.
     *
     * @return whether a path was asked for (not while settings are applied together, nor when one is invalid)
     */
    private boolean planFromStart() {
        if (quiet) {
            return false;
        }
        changes.clear();
        baseLearningRate = learningRate.get();
        restartOnNextPath = true;
        return requestPath();
    }

    /**
     * @return the run specification of the current settings (α is the base rate before live changes); its
     *     escape bound is the surface's ({@link RunConfig#escapeBoundFor}), never the view's
     * @throws IllegalArgumentException with the plain sentence of the first invalid setting (e.g. "β1 must
     *     be in [0, 1)"); {@link #settingsProblemProperty()} shows the same sentence
     */
    public RunConfig runConfig() {
        Hyperparameters h = hyperparameters.valuesProperty().get();
        return RunConfig.of(surface.get(), new Vec2(startX.get(), startY.get()), h, baseLearningRate)
                .withSchedule(schedule.get())
                .withWarmup(warmup.get())
                .withClip(clip.get())
                .withNoise(noise.get())
                .withSeed(seed.get())
                .withMaxSteps(maxSteps.get())
                .withBatch(batch.get());
    }

    /**
     * Plans the current settings, or, when one of them is invalid, says why next to the settings and in the
     * status line and keeps the last good path on screen. Pictures held for the path are released when it
     * is published or fails.
     *
     * @return whether a path was asked for
     */
    private boolean requestPath() {
        RunConfig config;
        try {
            config = runConfig();
        } catch (IllegalArgumentException e) {
            configProblem = e.getMessage();
            scheduleError.set(scheduleProblem());
            showProblems();
            return false;
        }
        configProblem = "";
        scheduleError.set("");
        showProblems();
        List<RateChange> replay = List.copyOf(changes);
        boolean restart = restartOnNextPath;
        pathWorker.submitJob(context -> {
            PlannedPath p = PlannedPath.plan(config, replay);
            return new PathResult(p, AlphaHint.stabilityLine(config), AlphaHint.words(config, p.outcome()),
                    AlphaHint.atStart(config).map(StepSizeLimit::limit).orElse(Double.NaN));
        }, r -> {
            publishPath(r, restart);
            background.afterFrameDrawn(plot::releasePictures);
        }, failure -> plot.releasePictures());
        return true;
    }

    /**
     * Shows why the settings cannot run (a hyperparameter field's reason first, then the run
     * specification's), under the settings and in the status line; clears both once they can.
     */
    private void showProblems() {
        String p = hyperparameters.problemProperty().get();
        if (p.isEmpty()) {
            p = configProblem;
        }
        settingsProblem.set(p);
        if (!p.isEmpty()) {
            background.problems().report(NOT_RUN, p + "; the last good path stays on screen");
        } else {
            background.problems().clear(NOT_RUN);
        }
    }

    private String scheduleProblem() {
        try {
            Schedules.parse(schedule.get());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * A planned path with the words about α at its start (the rule's step-size limit, and what the run shows
     * about it), computed on the worker.
     */
    private record PathResult(PlannedPath path, String stability, String alphaHint, double stepSizeLimit) {
    }

    private void publishPath(PathResult r, boolean restart) {
        PlannedPath p = r.path();
        path.set(p);
        playback.setLastStep(Math.max(0, p.size() - 1));
        if (restart) {
            playback.seek(0); // a playing animation goes on, from the new start
        }
        diverged.set(p.diverged());
        outcome.set(RunOutcome.of(p.outcome()));
        banner.set(p.outcome().sentence());
        stability.set(r.stability());
        alphaHint.set(r.alphaHint());
        stepSizeLimit.set(r.stepSizeLimit());
        updateTexts();
    }

    private void updateTexts() {
        PlannedPath p = path.get();
        if (p == null || p.size() == 0) {
            updateText.set("");
            return;
        }
        updateText.set(UpdateText.at(p, Math.min(playback.step(), p.size() - 1)));
    }

    /**
     * For TestFX tests and benchmarks: wait (off the publisher thread) until every background job of the
     * window has published. See {@link Background#awaitIdle}.
     */
    public boolean awaitIdle(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return background.awaitIdle(timeout, unit);
    }

    /** Stop all background work of the window (every view model's): nothing is published any more. */
    public void shutdown() {
        background.shutdown();
    }

    /** @return where the window's computations run; the feature view models take their kinds from it */
    public Background background() {
        return background;
    }

    /** @return the window's problems: any view model reports a failure here, the status line shows it */
    public Problems problems() {
        return background.problems();
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<String> surfaceIds() {
        return surfaceIds;
    }

    /** @return the selected built-in id; null while a typed formula is shown */
    public StringProperty surfaceIdProperty() {
        return surfaceId;
    }

    /** @return the parameters of the selected built-in (κ, θ of quadratic), empty for most */
    public ObservableList<ParameterModel> parameters() {
        return parameters;
    }

    public ReadOnlyObjectProperty<Surface> surfaceProperty() {
        return surface.getReadOnlyProperty();
    }

    /** @return the window's fixed texts about the cost in the letter of the surface on screen */
    public CostWords costWords() {
        return costWords;
    }

    /** @return "C(x, y) = …" of the surface on screen */
    public ReadOnlyStringProperty formulaShownProperty() {
        return formulaShown.getReadOnlyProperty();
    }

    public FormulaModel formula() {
        return formula;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /**
     * Multiply α by {@code factor} (the keys ] [ } {: 10^±0.1 and 10^±1), rounded to three significant digits like
     * the slider and clamped to the slider's range [{@link LearningRateScale#MIN}, {@link LearningRateScale#MAX}].
     */
    public void scaleLearningRate(double factor) {
        double next = Numbers.round3(learningRate.get() * factor);
        learningRate.set(Math.max(LearningRateScale.MIN, Math.min(LearningRateScale.MAX, next)));
    }

    /**
     * @return the main run's hyperparameters, one field per hyperparameter its optimizer declares; their
     *     last valid values are what the run uses
     */
    public HyperparameterFields hyperparameters() {
        return hyperparameters;
    }

    /** @return the schedule spec: constant | step:N:G | exp:G | inv:K | cosine:T[:MIN] */
    public StringProperty scheduleProperty() {
        return schedule;
    }

    /** @return warm-up steps W: α grows linearly over the first W steps (0: none) */
    public IntegerProperty warmupProperty() {
        return warmup;
    }

    public ReadOnlyStringProperty scheduleErrorProperty() {
        return scheduleError.getReadOnlyProperty();
    }

    /** @return the gradient clipping norm; 0 means no clipping */
    public DoubleProperty clipProperty() {
        return clip;
    }

    /** @return σ of the Gaussian gradient noise; 0 means none */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /**
     * @return the mini-batch size B of runs on data ({@link RunConfig#batch()}: 0 is the full gradient,
     *     1 … N one batch per step; RunConfig checks it and the settings problem says why it is refused)
     */
    public IntegerProperty batchProperty() {
        return batch;
    }

    /** @return the step limit of a run */
    public IntegerProperty maxStepsProperty() {
        return maxSteps;
    }

    public DoubleProperty startXProperty() {
        return startX;
    }

    public DoubleProperty startYProperty() {
        return startY;
    }

    public BooleanProperty tuneLiveProperty() {
        return tuneLive;
    }

    public ReadOnlyObjectProperty<PlannedPath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public PlaybackController playback() {
        return playback;
    }

    /**
     * @return how the run ends and why, the core explainer's sentence ("Diverged at step 7: …", "Converged at
     *     step 143: …", "At the minimum after 100 steps (the step limit): …")
     */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty divergedProperty() {
        return diverged.getReadOnlyProperty();
    }

    /** @return how the planned run ends (converged, stopped at the step limit, diverged) */
    public ReadOnlyObjectProperty<RunOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * @return λmax of the Hessian at the start and the step-size limit of the run's rule there ("stability
     *     limit of gradient descent 2/λmax = 0.200"), or why it has none
     */
    public ReadOnlyStringProperty stabilityProperty() {
        return stability.getReadOnlyProperty();
    }

    /**
     * @return α against the rule's step-size limit at the start ("α is 0.90× the stability limit 2/λmax =
     *     0.200 at the start."), with a verdict only where the run shows it, or why there is no limit
     */
    public ReadOnlyStringProperty alphaHintProperty() {
        return alphaHint.getReadOnlyProperty();
    }

    /** @return the step-size limit of the run's rule at the start (where the slider's mark goes), NaN for none */
    public ReadOnlyDoubleProperty stepSizeLimitProperty() {
        return stepSizeLimit.getReadOnlyProperty();
    }

    /** @return the update w_{k+1} = w_k − α∇C(w_k) written out at the current step */
    public ReadOnlyStringProperty updateTextProperty() {
        return updateText.getReadOnlyProperty();
    }

    /** @return the view of the plane: view rectangle, transform, colour map, levels, picture, hover */
    public PlotViewModel plot() {
        return plot;
    }

    /**
     * @return why the current settings cannot be run, in plain words (e.g. "β1 must be in [0, 1)"), or ""
     *     when they can; while it is not empty the last good path stays on screen
     */
    public ReadOnlyStringProperty settingsProblemProperty() {
        return settingsProblem.getReadOnlyProperty();
    }

    /**
     * @return what the window changed by itself and why, in plain words (applying a formula moved the start or
     *     set α), or ""; cleared by the next surface, start or α
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return the status line's message: the newest open problem in plain words, or "" */
    public ReadOnlyStringProperty statusProperty() {
        return background.problems().messageProperty();
    }
}
