package org.gdlab.app.controls;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LearningRateScale;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.ParameterModel;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;

/**
 * The side panel: surface, learning rate, start point, optimizer and view controls, each bound to the
 * {@link LabViewModel}. Every control has a tooltip saying what it does.
 */
public final class SidePanel extends VBox {

    private final LabViewModel vm;

    public SidePanel(LabViewModel vm, Runnable showHelp) {
        super(14);
        this.vm = vm;
        getStyleClass().add("side-panel");
        setPadding(new Insets(10, 14, 14, 14));
        getChildren().addAll(surfaceSection(), learningRateSection(), startSection(), optimizerSection(),
                viewSection(showHelp));
    }

    private static VBox section(String title, Node... content) {
        Label head = new Label(title);
        head.getStyleClass().add("section-title");
        VBox box = new VBox(6);
        box.getChildren().add(head);
        box.getChildren().addAll(content);
        return box;
    }

    // ------------------------------------------------------------------ surface

    private Node surfaceSection() {
        ComboBox<String> combo = new ComboBox<>(vm.surfaceIds());
        combo.setId("surface");
        combo.setMaxWidth(Double.MAX_VALUE);
        // a null value (a typed formula is shown) reads "custom formula"; the prompt text is not reshown by JavaFX
        combo.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "custom formula" : SurfaceCatalog.displayName(item));
            }
        });
        combo.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : SurfaceCatalog.displayName(item));
            }
        });
        combo.valueProperty().bindBidirectional(vm.surfaceIdProperty());
        combo.setTooltip(Sync.tip("The built-in cost surfaces. Each has its own default view, start and learning rate."));
        Label formula = new Label();
        formula.setId("formulaShown");
        formula.getStyleClass().add("mono");
        formula.setWrapText(true);
        formula.textProperty().bind(vm.formulaShownProperty());
        VBox params = new VBox(4);
        params.setId("parameters");
        vm.parameters().addListener((ListChangeListener<ParameterModel>) c -> rebuildParameters(params));
        rebuildParameters(params);
        FormulaField field = new FormulaField(vm.formula(), vm::applyFormula);
        // its κ and θ change with every move of their sliders: it lays out only itself (FixedCell), and the
        // side panel only when it needs another line
        return section("Surface", combo, sentence(formula), params, new Label("Your own C(x, y):"), field);
    }

    /**
     * @return a cell for a sentence that changes with the sliders: as wide as the panel, as tall as its
     *     longest sentence since the surface or the optimizer was last chosen ({@link FixedCell#keepTallest})
     */
    private FixedCell sentence(Label text) {
        return new FixedCell(text).fillWidth().keepTallest(vm.surfaceIdProperty(), vm.optimizerProperty());
    }

    private void rebuildParameters(VBox box) {
        box.getChildren().clear();
        for (ParameterModel p : vm.parameters()) {
            double min = p.spec().min();
            double max = p.spec().max();
            boolean log = min > 0 && max / min >= 100;
            Slider s = new Slider(log ? Math.log10(min) : min, log ? Math.log10(max) : max, 0);
            s.setId("param-" + p.spec().name());
            if (log) {
                Sync.slider(s, p.value(), Math::log10, v -> Numbers.round3(Math.pow(10, v)));
            } else {
                Sync.slider(s, p.value(), v -> v, v -> Math.round(v * 10) / 10.0);
            }
            Label label = new Label();
            label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> p.spec().name() + " = " + Numbers.sig(p.value().get(), 4), p.value()));
            // one width whatever the value, the widest the slider can give in the label's font: the row keeps
            // its size (FixedCell) and the value is never cut, at any UI scale
            java.util.List<String> widest = new java.util.ArrayList<>();
            for (double v : new double[] {min, max, p.spec().defaultValue(), -123.45, 1234.5, 12345.6, 123456.7, 0.0012345}) {
                if (v >= min && v <= max) {
                    widest.add(p.spec().name() + " = " + Numbers.sig(v, 4));
                }
            }
            Runnable fit = () -> LabelWidth.fitWidest(label, widest);
            label.fontProperty().addListener(o -> fit.run());
            label.insetsProperty().addListener(o -> fit.run());
            fit.run();
            HBox row = new HBox(8, label, s);
            HBox.setHgrow(s, Priority.ALWAYS);
            s.setTooltip(Sync.tip(p.spec().description() + " (" + Numbers.sig3(min) + " to " + Numbers.sig3(max)
                    + "; default " + Numbers.sig3(p.spec().defaultValue()) + ")"));
            box.getChildren().add(new FixedCell(row));
        }
    }

    // ------------------------------------------------------------------ learning rate

    private Node learningRateSection() {
        Slider slider = new Slider(Math.log10(LearningRateScale.MIN), Math.log10(LearningRateScale.MAX), -1);
        slider.setId("lrSlider");
        slider.setBlockIncrement(0.1); // a tenth of a decade, like the ] and [ keys
        slider.setTooltip(Sync.tip("Learning rate α on a logarithmic scale from 1e-5 to 10. Drag it: the whole path is "
                + "recomputed as you move."));
        Sync.slider(slider, vm.learningRateProperty(), LearningRateScale::toSlider, LearningRateScale::fromSlider);
        TextField field = new TextField();
        field.setId("lrField");
        field.setPrefColumnCount(7);
        field.setTooltip(Sync.tip("Type any positive α and press Enter (shown with three significant digits)."));
        Sync.field(field, vm.learningRateProperty(), Numbers::sig3, Numbers::parsePositive);
        org.gdlab.app.curvature.StabilityMarker marker = new org.gdlab.app.curvature.StabilityMarker(slider, vm); // issue 5
        HBox row = new HBox(8, new Label("α"), marker, field);
        HBox.setHgrow(marker, Priority.ALWAYS);
        Label ratio = marker.ratioLabel();
        CheckBox live = new CheckBox("Tune live");
        live.setId("tuneLive");
        live.selectedProperty().bindBidirectional(vm.tuneLiveProperty());
        live.setTooltip(Sync.tip("On: a new α applies from the current step on, without restarting; the path marks "
                + "where α changed. Off: the whole path is planned again from the start."));
        Label stability = new Label();
        stability.setId("stability");
        stability.setWrapText(true);
        stability.textProperty().bind(vm.stabilityProperty());
        stability.setTooltip(Sync.tip("λmax is the largest eigenvalue of the Hessian at the start. On the local quadratic "
                + "model gradient descent converges for α < 2/λmax and diverges above it; momentum, Nesterov and Newton "
                + "have limits of their own, Adam, RMSprop, AdaGrad and normalized GD none. The limit is local: where "
                + "the curvature changes along the path, so does the limit."));
        // the knob and the field change at every α step: they lay out only their row (FixedCell); the two
        // sentences under it change with every α (and κ) too: cells that fill the panel's width, so that a new
        // sentence lays out the window only when it needs another line
        // and they keep the height of their longest sentence (a κ or α drag across the stability limit alternates
        // between a short and a long one): the tune-live box and the sections below stay where they are
        return section("Learning rate", new FixedCell(row), sentence(ratio), sentence(stability), live);
    }

    // ------------------------------------------------------------------ start point

    private Node startSection() {
        return section("Start point",
                startRow("x", vm.startXProperty(), true),
                startRow("y", vm.startYProperty(), false));
    }

    private Node startRow(String name, DoubleProperty p, boolean isX) {
        Slider s = new Slider(-1, 1, 0);
        s.setId("start" + name.toUpperCase(Locale.ROOT) + "Slider");
        Runnable range = () -> {
            ViewRect v = vm.surfaceProperty().get().description().view();
            s.setMin(isX ? v.xMin() : v.yMin());
            s.setMax(isX ? v.xMax() : v.yMax());
        };
        range.run();
        vm.surfaceProperty().addListener(o -> range.run());
        Sync.slider(s, p);
        s.setTooltip(Sync.tip("Start " + name + " over the surface's default view. You can also click on the plot or drag the start marker."));
        TextField f = new TextField();
        f.setId("start" + name.toUpperCase(Locale.ROOT) + "Field");
        f.setPrefColumnCount(7);
        f.setTooltip(Sync.tip("Type the start " + name + " and press Enter; a value outside the view is allowed and the view follows."));
        Sync.field(f, p, v -> Numbers.sig(v, 4), Numbers::parse);
        p.addListener(o -> {
            if (f.isFocused()) {
                vm.revealStart();
            }
        });
        HBox row = new HBox(8, new Label(name), s, f);
        HBox.setHgrow(s, Priority.ALWAYS);
        return new FixedCell(row); // dragging the start changes the knob and the field at every step
    }

    // ------------------------------------------------------------------ optimizer

    private Node optimizerSection() {
        ComboBox<OptimizerKind> combo = new ComboBox<>();
        combo.getItems().setAll(OptimizerKind.values());
        combo.setId("optimizer");
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(OptimizerKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public OptimizerKind fromString(String s) {
                return null;
            }
        });
        combo.valueProperty().bindBidirectional(vm.optimizerProperty());
        combo.setTooltip(costTip("The update rule. Gradient descent: w ← w − α∇C. The others keep a state "
                + "(velocity, running averages) or use the Hessian (Newton)."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        row = number(grid, row, "clip |∇C| at", vm.clipProperty(),
                "Gradient clipping: if |∇C| exceeds this, the gradient is scaled down to this length. 0 = off.");
        row = number(grid, row, "noise σ", vm.noiseProperty(),
                "Adds Gaussian noise of this standard deviation to each gradient component (stochastic gradients). 0 = off.");
        TextField seed = new TextField();
        seed.setId("seed");
        Sync.wholeField(seed, vm.seedProperty(), Long.MIN_VALUE);
        seed.setTooltip(Sync.tip("Seed of the gradient noise: the same seed gives the same path."));
        grid.addRow(row++, new Label("seed"), seed);
        TextField steps = new TextField();
        steps.setId("maxSteps");
        Sync.wholeField(steps, vm.maxStepsProperty(), 1);
        steps.setTooltip(Sync.tip("The step limit: the run stops after this many steps (default 1000)."));
        grid.addRow(row++, new Label("step limit"), steps);
        TextField schedule = new TextField();
        schedule.setId("schedule");
        schedule.textProperty().bindBidirectional(vm.scheduleProperty());
        schedule.setTooltip(Sync.tip("Learning-rate schedule α_t: constant | step:N:G (×G every N steps) | exp:G (×G each step) "
                + "| inv:K (α/(1+Kt)) | cosine:T[:MIN]."));
        grid.addRow(row++, new Label("schedule"), schedule);
        TextField warmup = new TextField();
        warmup.setId("warmup");
        Sync.wholeField(warmup, vm.warmupProperty(), 0);
        warmup.setTooltip(Sync.tip("Warm-up: α grows linearly from α/W to α over the first W steps, then the schedule "
                + "goes on. 0 = none."));
        grid.addRow(row, new Label("warm-up steps"), warmup);
        Label scheduleError = new Label();
        scheduleError.getStyleClass().add("error-text");
        scheduleError.setWrapText(true);
        scheduleError.setId("settingsProblem");
        scheduleError.textProperty().bind(vm.settingsProblemProperty());
        scheduleError.visibleProperty().bind(vm.settingsProblemProperty().isNotEmpty());
        scheduleError.managedProperty().bind(scheduleError.visibleProperty());
        return section("Optimizer", combo, new HyperparameterGrid(vm.hyperparameters(), ""), grid, scheduleError);
    }

    /** @return a tooltip whose text (written with C) is in the letter of the surface on screen: J on data */
    private Tooltip costTip(String text) {
        Tooltip t = Sync.tip(text);
        t.textProperty().bind(vm.costWords().of(text));
        return t;
    }

    private int number(GridPane grid, int row, String name, DoubleProperty p, String tip) {
        TextField field = numberField(p, tip);
        field.getTooltip().textProperty().bind(vm.costWords().of(tip)); // |∇C| is |∇J| on data
        Label label = new Label();
        label.textProperty().bind(vm.costWords().of(name));
        label.setTooltip(field.getTooltip());
        grid.addRow(row, label, field);
        return row + 1;
    }

    /** A field for a number ≥ 0 bound to p, with a tooltip. */
    private static TextField numberField(DoubleProperty p, String tip) {
        TextField f = new TextField();
        f.setPrefColumnCount(8);
        f.setTooltip(Sync.tip(tip));
        Sync.field(f, p, v -> Numbers.sig(v, 4), Numbers::parseNonNegative);
        return f;
    }

    // ------------------------------------------------------------------ view

    private Node viewSection(Runnable showHelp) {
        ComboBox<ColorMap> maps = new ComboBox<>();
        maps.getItems().setAll(ColorMap.values());
        maps.setId("colorMap");
        maps.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColorMap m) {
                return m == null ? "" : m.displayName();
            }

            @Override
            public ColorMap fromString(String s) {
                return null;
            }
        });
        maps.valueProperty().bindBidirectional(vm.plot().colorMapProperty());
        maps.setTooltip(Sync.tip("Colour map of the cost: viridis (default), cividis (colour-blind safe), magma, grey (for printing)."));
        ComboBox<LevelSpacing> spacing = new ComboBox<>();
        spacing.getItems().setAll(LevelSpacing.values());
        spacing.setId("levelSpacing");
        spacing.valueProperty().bindBidirectional(vm.plot().levelSpacingProperty());
        spacing.setTooltip(costTip("Level lines evenly spaced in C (linear) or in log C (log: for costs spanning orders of magnitude)."));
        Slider count = new Slider(5, 50, 20);
        count.setId("levelCount");
        count.setMajorTickUnit(5);
        count.setSnapToTicks(false);
        Sync.slider(count, doubleView(vm.plot().levelCountProperty()), v -> v, Math::rint);
        count.setTooltip(Sync.tip("Number of level lines, 5 to 50."));
        Label countLabel = new Label();
        countLabel.textProperty().bind(vm.plot().levelCountProperty().asString(Locale.ROOT, "%d levels"));
        countLabel.setMinWidth(80);
        countLabel.setPrefWidth(80);
        HBox countRow = new HBox(8, countLabel, count);
        HBox.setHgrow(count, Priority.ALWAYS);
        FixedCell countCell = new FixedCell(countRow);
        HBox mapRow = new HBox(8, maps, spacing);
        CheckBox equal = new CheckBox("Equal scale on x and y");
        equal.setId("equalAspect");
        equal.selectedProperty().bindBidirectional(vm.plot().equalAspectProperty());
        equal.setTooltip(costTip("On: one unit is as long on x as on y, so −∇C is drawn perpendicular to the level lines. Off: fill the window."));
        CheckBox field = new CheckBox("Gradient field");
        field.setId("gradientField");
        field.selectedProperty().bindBidirectional(vm.plot().gradientFieldProperty());
        field.setTooltip(costTip("Small arrows of −∇C over the whole plot (longer where it is steeper)."));
        Button reset = new Button("Reset view (V)");
        reset.setId("resetView");
        reset.setOnAction(e -> vm.plot().resetView());
        reset.setTooltip(Sync.tip("Back to the surface's default view."));
        Button help = new Button("Help (F1)");
        help.setId("help");
        help.setOnAction(e -> showHelp.run());
        return section("View", mapRow, countCell, equal, field, new HBox(8, reset, help));
    }

    /** A DoubleProperty mirror of an integer property (for a slider). */
    private static DoubleProperty doubleView(javafx.beans.property.IntegerProperty ip) {
        DoubleProperty d = new javafx.beans.property.SimpleDoubleProperty(ip.get());
        boolean[] guard = {false};
        d.addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                ip.set((int) Math.round(b.doubleValue()));
                guard[0] = false;
            }
        });
        ip.addListener((o, a, b) -> {
            if (!guard[0]) {
                guard[0] = true;
                d.set(b.intValue());
                guard[0] = false;
            }
        });
        return d;
    }
}
