package org.gdlab.app.race;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gdlab.app.viewmodel.HyperparameterFields;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.palette.RunColor;
import org.gdlab.core.palette.RunPalette;
import org.gdlab.core.schedule.Schedule;
import org.gdlab.core.schedule.Schedules;
import org.gdlab.core.sim.RunConfig;

/**
 * One racing run: its own optimizer, hyperparameters, learning rate α, schedule, warm-up, clipping, noise
 * and seed (each defaulting to the run specification's default, {@link RunConfig#of}), on the main run's
 * surface and step limit, and its start unless it has its own. Its colour is fixed when it is created (palette
 * slot {@link #colorIndex()}); its path is set by the {@link RaceViewModel} after each plan.
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class RunModel {

    private final int colorIndex;
    private final ObjectProperty<OptimizerKind> optimizer;
    private final HyperparameterFields hyperparameters;
    private final DoubleProperty learningRate;
    private final StringProperty schedule = new SimpleStringProperty(this, "schedule", "constant");
    private final IntegerProperty warmup = new SimpleIntegerProperty(this, "warmup", 0);
    private final DoubleProperty clip = new SimpleDoubleProperty(this, "clip", 0);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", RunConfig.DEFAULT_SEED);
    /** the run's own mini-batch size on data (issue 16); −1: the main run's */
    private final javafx.beans.property.IntegerProperty batch = new javafx.beans.property.SimpleIntegerProperty(this, "batch", -1);
    private final ObjectProperty<Vec2> start = new SimpleObjectProperty<>(this, "start");
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final ReadOnlyObjectWrapper<RacePath> path = new ReadOnlyObjectWrapper<>(this, "path");

    /**
     * @param colorIndex its slot in {@link RunPalette}, ≥ 0
     * @param k the optimizer (with its default hyperparameters)
     * @param lr α &gt; 0
     */
    public RunModel(int colorIndex, OptimizerKind k, double lr) {
        this.colorIndex = colorIndex;
        this.optimizer = new SimpleObjectProperty<>(this, "optimizer", k);
        this.hyperparameters = new HyperparameterFields(Hyperparameters.defaults(k));
        this.learningRate = new SimpleDoubleProperty(this, "learningRate", lr);
        optimizer.addListener((o, was, is) -> hyperparameters.valuesProperty().set(Hyperparameters.defaults(is)));
    }

    /**
     * @param base the main run's specification (surface, start, step limit, tolerance)
     * @return base with this run's optimizer, hyperparameters, α, schedule (an invalid schedule reads as
     *     constant), warm-up, clipping, noise and seed, and its own start point when it has one
     * @throws IllegalArgumentException with the plain sentence of an invalid setting
     */
    public RunConfig config(RunConfig base) {
        Schedule s;
        try {
            s = Schedules.parse(schedule.get());
        } catch (IllegalArgumentException e) {
            s = Schedules.constant();
        }
        RunConfig c = base.withRun(hyperparameters.valuesProperty().get(), learningRate.get(), s, warmup.get(),
                clip.get(), noise.get(), seed.get());
        if (batch.get() >= 0 && c.function() instanceof org.gdlab.core.data.DataCost d) { // at most N on edited data
            c = c.withBatch(Math.min(batch.get(), d.spec().data().size()));
        }
        Vec2 own = start.get();
        return own == null || !own.isFinite() ? c : c.withStart(own);
    }

    /**
     * @return "momentum  α = 0.1" (the optimizer's short id: the legend is narrow); "exact" for a rule without α;
     *     with a schedule or on data with a mini-batch, "gd  α = 0.0284  B = 4  inv:0.05", so that runs that differ
     *     only in their batch or schedule are told apart
     */
    public String label() {
        String sched = schedule.get().strip();
        String mini = (batch.get() > 0 ? "  B = " + batch.get() : "")
                + (sched.isEmpty() || sched.equals("constant") ? "" : "  " + sched);
        if (optimizer.get().alpha() == org.gdlab.core.optim.OptimizerDefinition.Alpha.UNUSED) {
            return optimizer.get().id() + mini; // exact, polyak: no α to show
        }
        return optimizer.get().id() + "  α = " + Numbers.sig3(learningRate.get()) + mini;
    }

    /**
     * @return the legend entry: the label and how the planned run ends, "gd  α = 0.220 — diverged at step 72"
     *     (the headline of the core explainer's sentence); the label alone before the first plan
     */
    public String legend() {
        RacePath p = path.get();
        return p == null ? label() : label() + " — " + p.path().outcome().legend();
    }

    /** @return the core explainer's whole sentence for the planned run, or "" before the first plan */
    public String outcomeSentence() {
        RacePath p = path.get();
        return p == null ? "" : p.path().outcome().sentence();
    }

    /** @return the palette slot */
    public int colorIndex() {
        return colorIndex;
    }

    /** @return the run's colour */
    public RunColor color() {
        return RunPalette.forRun(colorIndex);
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    /**
     * @return the last valid hyperparameters, what the run uses; reset to the optimizer's defaults when the
     *     optimizer changes
     */
    public ObjectProperty<Hyperparameters> hyperProperty() {
        return hyperparameters.valuesProperty();
    }

    /** @return one field per hyperparameter this run's optimizer declares, with its check */
    public HyperparameterFields hyperparameters() {
        return hyperparameters;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    /** @return the schedule spec: constant | step:N:G | exp:G | inv:K | cosine:T[:MIN] */
    public StringProperty scheduleProperty() {
        return schedule;
    }

    /** @return warm-up steps W of this run (0: none) */
    public IntegerProperty warmupProperty() {
        return warmup;
    }

    /** @return this run's gradient clipping norm; 0 means no clipping */
    public DoubleProperty clipProperty() {
        return clip;
    }

    /** @return σ of this run's Gaussian gradient noise; 0 means none */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    /** @return this run's mini-batch size on data (0: full batch); −1 (the default): the main run's */
    public javafx.beans.property.IntegerProperty batchProperty() {
        return batch;
    }

    /** @return the run's seed (of its noise, or of its mini-batches' shuffle) */
    public LongProperty seedProperty() {
        return seed;
    }

    /**
     * @return the run's own start point w₀ (a scenario run whose start differs from the first run's, e.g. the four runs of the
     *     Himmelblau lesson); null (the default) to start at the main run's start
     */
    public ObjectProperty<Vec2> startProperty() {
        return start;
    }

    /** @return whether the run is drawn and charted (the legend's toggle) */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** @return the planned path, null until the first plan arrives */
    public ReadOnlyObjectProperty<RacePath> pathProperty() {
        return path.getReadOnlyProperty();
    }

    void setPath(RacePath p) {
        path.set(p);
    }
}
