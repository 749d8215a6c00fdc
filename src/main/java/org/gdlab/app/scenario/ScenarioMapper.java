package org.gdlab.app.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.viewmodel.DataChoices;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.ParameterModel;
import org.gdlab.core.expr.FormulaSurface;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.ScenarioRun;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.SurfaceSpec;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.ViewRect;

/**
 * Maps a {@link Scenario} onto the window's {@link LabViewModel} ({@link #apply}) and reads the window back
 * into a scenario ({@link #capture}). This is the one place that knows which view-model property holds which
 * scenario field; the race (more than one run on screen) extends it here.
 *
 * <p>Runs: {@code runs[0]} is the main run (optimizer, hyperparameters, α, schedule, warm-up, clip, noise,
 * seed). With a race ({@link #apply(Scenario, LabViewModel, RaceViewModel)}) the other runs race beside it
 * ({@link RaceMapper}); without one, {@link #capture} carries them over unchanged from the scenario last
 * applied, so opening and saving a multi-run file keeps them.
 *
 * <p>Overlays: the window always shows the known points and the gradient and step arrows, so a captured
 * scenario lists them; the gradient field follows its switch; overlays the window cannot show are carried over.
 */
public final class ScenarioMapper {

    /** Overlays the window always draws. */
    static final Set<String> ALWAYS_SHOWN = Set.of(Overlays.KNOWN_POINTS, Overlays.GRADIENT_ARROW, Overlays.STEP_ARROW);

    private ScenarioMapper() {
    }

    /**
     * Shows the scenario: surface (and its parameters or formula; a built-in empties the formula field, so no
     * error of an earlier formula stays under it), view, start, step limit, the main run's settings, colour
     * map, levels and the gradient field. Must run on the view model's thread. Live α
     * changes are dropped and the path is planned again from w₀.
     */
    public static void apply(Scenario s, LabViewModel vm) {
        applySurface(s.surface(), vm);
        vm.tuneLiveProperty().set(false);
        RunConfig main = s.runs().get(0).config();
        Vec2 start = main.start();
        applyMainRun(main, vm);
        vm.maxStepsProperty().set(main.maxSteps());
        vm.plot().requestedViewProperty().set(s.view());
        vm.plot().colorMapProperty().set(s.colorMap());
        vm.plot().levelSpacingProperty().set(s.levelSpacing());
        vm.plot().levelCountProperty().set(s.levelCount());
        vm.plot().gradientFieldProperty().set(s.overlays().contains(Overlays.GRADIENT_FIELD));
        vm.setStart(start.x(), start.y()); // plans the path again from w_0
    }

    /**
     * Shows the scenario ({@link #apply(Scenario, LabViewModel)}) and races its runs after the first.
     *
     * @param race the window's race, or null for none (the further runs are then carried over by capture)
     */
    public static void apply(Scenario s, LabViewModel vm, RaceViewModel race) {
        apply(s, vm);
        if (race != null) {
            RaceMapper.apply(s, race);
        }
    }

    /**
     * @param race the window's race, or null for none
     * @return what is on screen as a scenario: the main run as runs[0], the race's runs as runs[1..]
     */
    public static Scenario capture(LabViewModel vm, RaceViewModel race, Scenario base) {
        Scenario c = capture(vm, base);
        return race == null ? c : RaceMapper.capture(c, race, base);
    }

    /** @return the chooser entry that shows this data scenario's surface, if the window has one */
    static java.util.Optional<String> dataEntry(SurfaceSpec.Data d) {
        return DataChoices.idOf(d.ref(), d.columns(), d.spec().model(), d.spec().standardize(), d.spec().l2());
    }

    private static void applySurface(SurfaceSpec spec, LabViewModel vm) {
        if (spec instanceof SurfaceSpec.Data d) {
            vm.formula().textProperty().set("");
            java.util.Optional<String> entry = dataEntry(d);
            if (entry.isPresent()) {
                vm.selectSurface(entry.get());
            } else { // a CSV file, inline points or λ > 0: shown as it stands (issue 16)
                vm.showData(d.spec().cost());
            }
            return;
        }
        if (spec instanceof SurfaceSpec.Builtin b) {
            vm.formula().textProperty().set(""); // no formula (and no error of one) under a built-in surface
            vm.selectSurface(b.id());
            for (ParameterModel p : vm.parameters()) {
                Double v = b.parameters().get(p.spec().name());
                if (v != null) {
                    p.value().set(v);
                }
            }
        } else if (spec instanceof SurfaceSpec.Formula f) {
            vm.formula().textProperty().set(f.text());
            if (!vm.applyFormula()) {
                throw new IllegalStateException("a checked formula did not parse: " + f.text());
            }
        }
    }

    /** Sets the view model's run settings from one run (the optimizer first: it resets α and the hyperparameters). */
    static void applyMainRun(RunConfig r, LabViewModel vm) {
        vm.optimizerProperty().set(r.optimizer());
        vm.hyperparameters().valuesProperty().set(r.hyper());
        vm.learningRateProperty().set(r.learningRate());
        vm.scheduleProperty().set(r.scheduleSpec());
        vm.warmupProperty().set(r.warmup());
        vm.clipProperty().set(r.clip());
        vm.noiseProperty().set(r.noise());
        vm.seedProperty().set(r.seed());
        vm.batchProperty().set(r.batch());
    }

    /**
     * @param vm the window's state
     * @param base the scenario last applied (or saved): its title, caption, runs after the first and the
     *     overlays the window cannot show are kept
     * @return what is on screen, as a scenario
     */
    public static Scenario capture(LabViewModel vm, Scenario base) {
        List<ScenarioRun> runs = new ArrayList<>(base.runs());
        ScenarioRun main = mainRun(vm, runs.get(0));
        runs.set(0, main);
        for (int i = 1; i < runs.size(); i++) { // runs carried over move with the surface
            runs.set(i, runs.get(i).withConfig(runs.get(i).config().onSurface(main.config().function())));
        }
        Set<String> overlays = new TreeSet<>(base.overlays());
        overlays.addAll(ALWAYS_SHOWN);
        overlays.remove(Overlays.GRADIENT_FIELD);
        if (vm.plot().gradientFieldProperty().get()) {
            overlays.add(Overlays.GRADIENT_FIELD);
        }
        int levels = Math.max(Scenario.MIN_LEVELS, Math.min(Scenario.MAX_LEVELS, vm.plot().levelCountProperty().get()));
        ViewRect view = vm.plot().requestedViewProperty().get();
        return new Scenario(base.title(), base.caption(), surfaceSpec(vm, base.surface()), view, runs,
                vm.plot().colorMapProperty().get(), vm.plot().levelSpacingProperty().get(), levels, overlays);
    }

    /**
     * @return the main run as the window runs it ({@link LabViewModel#runConfig()}; while a setting is invalid,
     *     the last good path's); the old run's label and colour are kept where nothing changed
     */
    static ScenarioRun mainRun(LabViewModel vm, ScenarioRun old) {
        RunConfig c;
        try {
            c = vm.runConfig().withLearningRate(vm.learningRateProperty().get());
        } catch (IllegalArgumentException invalid) {
            c = vm.pathProperty().get() != null ? vm.pathProperty().get().config() : old.config();
        }
        ScenarioRun r = old.withConfig(c);
        if (!r.equals(old)) {
            r = r.withLabel(""); // a lesson's label describes its settings: drop it once they change
        }
        return r;
    }

    /**
     * @return the data on screen as a scenario's surface: the chooser's built-in entry while its points are
     *     unedited, the base scenario's source (a CSV file, inline points) while its points are on screen, else
     *     the points written inline
     * @throws IllegalArgumentException in plain words when edited or opened data has more points than a
     *     scenario file holds inline
     */
    private static SurfaceSpec dataSpec(String id, org.gdlab.core.data.DataCost cost, SurfaceSpec base) {
        org.gdlab.core.data.DataSpec on = cost.spec();
        if (DataChoices.holds(id, on.data())) {
            return new SurfaceSpec.Data(DataChoices.ref(id), null, null, on.model().id(), List.of(), on.standardize(), on.l2());
        }
        if (base instanceof SurfaceSpec.Data b && b.spec().data() == on.data() && b.spec().standardize() == on.standardize()) {
            return b;
        }
        org.gdlab.core.data.Dataset d = on.data();
        if (d.size() > SurfaceSpec.Data.MAX_INLINE_POINTS) {
            throw new IllegalArgumentException("the data on screen has " + d.size() + " points, and a scenario file holds at most "
                    + SurfaceSpec.Data.MAX_INLINE_POINTS + " inline; refer to the CSV file in the scenario instead");
        }
        List<List<Double>> points = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            points.add(d.features() == 1 ? List.of(d.x1(i), d.y(i)) : List.of(d.x1(i), d.x2(i), d.y(i)));
        }
        return new SurfaceSpec.Data(null, points, null, on.model().id(), List.of(), on.standardize(), on.l2());
    }

    /** Parameters are written when they differ from their defaults or the base scenario named them. */
    private static SurfaceSpec surfaceSpec(LabViewModel vm, SurfaceSpec base) {
        String id = vm.surfaceIdProperty().get();
        Surface s = vm.surfaceProperty().get();
        if (id == null && s instanceof FormulaSurface f) {
            return new SurfaceSpec.Formula(f.text());
        }
        if (s instanceof org.gdlab.core.data.DataCost cost) {
            return dataSpec(id, cost, base);
        }
        Map<String, Double> params = new LinkedHashMap<>();
        String builtin = id == null ? LabViewModel.DEFAULT_SURFACE : id;
        Map<String, Double> named = base instanceof SurfaceSpec.Builtin b && b.id().equals(builtin) ? b.parameters() : Map.of();
        for (ParameterModel p : vm.parameters()) {
            double v = p.value().get();
            if (v != p.spec().defaultValue() || named.containsKey(p.spec().name())) {
                params.put(p.spec().name(), v);
            }
        }
        return new SurfaceSpec.Builtin(builtin, params);
    }
}
