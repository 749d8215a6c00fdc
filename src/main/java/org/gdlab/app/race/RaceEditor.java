package org.gdlab.app.race;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gdlab.app.controls.HyperparameterGrid;
import org.gdlab.app.controls.Sync;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The selected racing run's own settings: optimizer, α, schedule, hyperparameters (μ, β₁, β₂, ρ, ε, damping),
 * warm-up, clipping, noise and seed, with its update rule. For the main run it says that its settings are in the side panel.
 */
public final class RaceEditor extends VBox {

    private final RaceViewModel race;

    public RaceEditor(RaceViewModel race) {
        super(6);
        this.race = race;
        setId("raceEditor");
        setPadding(new Insets(8, 12, 8, 12));
        race.selectedProperty().addListener(o -> rebuild());
        race.runs().addListener((javafx.collections.ListChangeListener<RunModel>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        RunModel r = race.selectedProperty().get();
        if (r == null || !race.runs().contains(r)) {
            Label about = new Label("The main run is selected: its settings are in the side panel. Add a run or pick a "
                    + "preset in the race bar above the plot, then select it to set its optimizer, α and schedule here.");
            about.setWrapText(true);
            javafx.scene.control.CheckBox main = new javafx.scene.control.CheckBox("show the main run on the plot");
            main.setId("raceMainVisible");
            main.selectedProperty().bindBidirectional(race.mainVisibleProperty());
            getChildren().addAll(about, main);
            return;
        }
        ComboBox<OptimizerKind> kind = optimizerCombo();
        kind.setId("raceOptimizer");
        kind.valueProperty().bindBidirectional(r.optimizerProperty());
        Label rule = new Label();
        rule.getStyleClass().add("mono");
        var words = race.lab().costWords(); // w ← w − α∇J on data
        rule.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> words.now(UpdateRule.caption(r.optimizerProperty().get())), r.optimizerProperty(), words.letterProperty()));
        TextField lr = new TextField();
        lr.setId("raceRate");
        lr.setPrefColumnCount(7);
        Sync.field(lr, r.learningRateProperty(), Numbers::sig3, Numbers::parsePositive);
        lr.setTooltip(Sync.tip("This run's learning rate α; press Enter."));
        TextField schedule = new TextField();
        schedule.setId("raceSchedule");
        schedule.setPrefColumnCount(10);
        schedule.textProperty().bindBidirectional(r.scheduleProperty());
        schedule.setTooltip(Sync.tip("This run's schedule: constant | step:N:G | exp:G | inv:K | cosine:T[:MIN]."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label("optimizer"), kind, new Label("α"), lr, new Label("schedule"), schedule);
        TextField warmup = new TextField();
        warmup.setId("raceWarmup");
        warmup.setPrefColumnCount(7);
        Sync.wholeField(warmup, r.warmupProperty(), 0);
        warmup.setTooltip(Sync.tip("This run's warm-up: α grows linearly over the first W steps. 0 = none."));
        TextField seed = new TextField();
        seed.setId("raceSeed");
        seed.setPrefColumnCount(7);
        Sync.wholeField(seed, r.seedProperty(), Long.MIN_VALUE);
        seed.setTooltip(Sync.tip("The seed of this run's gradient noise: the same seed gives the same path."));
        grid.addRow(3, new Label("warm-up"), warmup, new Label("seed"), seed);
        nonNegative(grid, 4, 0, race.lab().costWords().of("clip |∇C| at"), "raceClip", r.clipProperty(),
                "This run's gradient clipping: a longer gradient is scaled down to this length. 0 = off.");
        nonNegative(grid, 4, 2, race.lab().costWords().of("noise σ"), "raceNoise", r.noiseProperty(),
                "This run's gradient noise: Gaussian, of this standard deviation per component. 0 = off.");
        Label title = new Label("Selected run: " + r.color().name());
        title.getStyleClass().add("section-title");
        javafx.scene.control.CheckBox shown = new javafx.scene.control.CheckBox("shown");
        shown.setId("raceVisible");
        shown.selectedProperty().bindBidirectional(r.visibleProperty());
        shown.setTooltip(Sync.tip("Show or hide this run on the plot and the charts."));
        javafx.scene.control.Button remove = new javafx.scene.control.Button("Remove this run");
        remove.setId("raceRemove");
        remove.setOnAction(e -> race.removeRun(r));
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(12, title, shown, remove);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(head, rule, grid, new HyperparameterGrid(r.hyperparameters(), "race"));
    }

    /** A field for a number ≥ 0 of the run; anything else is refused and the field shows the old value. */
    private static void nonNegative(GridPane grid, int row, int col, javafx.beans.value.ObservableValue<String> name, String id,
                                    DoubleProperty p, String tip) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        f.setTooltip(Sync.tip(tip));
        Sync.field(f, p, v -> Numbers.sig(v, 4), Numbers::parseNonNegative);
        Label label = new Label();
        label.textProperty().bind(name);
        grid.add(label, col, row);
        grid.add(f, col + 1, row);
    }

    /** @return a combo box of the optimizers, by display name */
    static ComboBox<OptimizerKind> optimizerCombo() {
        ComboBox<OptimizerKind> combo = new ComboBox<>();
        combo.getItems().setAll(OptimizerKind.values());
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
        return combo;
    }
}
