package org.gdlab.app.race;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.gdlab.app.controls.Sync;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.core.optim.Hyperparameters;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The race section of the side panel: presets, the legend (one row per run: colour, a visibility toggle,
 * a select button and a remove button; the main run first) and the selected run's own optimizer, α,
 * schedule and hyperparameters. Binds to the {@link RaceViewModel}; no logic in the handlers.
 */
public final class RacePanel extends VBox {

    private final RaceViewModel race;
    private final VBox legend = new VBox(4);
    private final VBox editor = new VBox(6);
    private final ToggleGroup selection = new ToggleGroup();

    public RacePanel(RaceViewModel race) {
        super(6);
        this.race = race;
        setId("racePanel");
        setPadding(new Insets(10, 14, 0, 14));
        Label head = new Label("Race");
        head.getStyleClass().add("section-title");
        FlowPane presets = new FlowPane(6, 6);
        for (RacePreset p : RacePreset.values()) {
            Button b = new Button(p.displayName());
            b.setId("preset-" + p.name());
            b.setOnAction(e -> race.applyPreset(p));
            b.setTooltip(Sync.tip("Race: " + p.entries().stream().map(x -> x.optimizer().displayName()).toList()
                    + " from the same start."));
            presets.getChildren().add(b);
        }
        ComboBox<OptimizerKind> kind = optimizerCombo();
        kind.setValue(OptimizerKind.MOMENTUM);
        kind.setId("raceAddKind");
        Button add = new Button("Add");
        add.setId("raceAdd");
        add.setOnAction(e -> race.selectedProperty().set(race.addRun(kind.getValue(),
                kind.getValue() == OptimizerKind.GD ? Double.NaN : kind.getValue().defaultLearningRate())));
        add.setTooltip(Sync.tip("Add a run of this optimizer, in the next colour, from the same start."));
        Button clear = new Button("Single");
        clear.setId("raceClear");
        clear.setOnAction(e -> race.clear());
        clear.setTooltip(Sync.tip("Remove every extra run: back to the single run of the side panel."));
        HBox addRow = new HBox(6, kind, add, clear);
        addRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, presets, addRow, legend, editor);
        race.runs().addListener((ListChangeListener<RunModel>) c -> rebuild());
        race.selectedProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        legend.getChildren().clear();
        legend.getChildren().add(row("main run (side panel)", Color.WHITE, null));
        int i = 0;
        for (RunModel r : race.runs()) {
            HBox row = row(r.label(), RacePainter.color(r), r);
            row.setId("legend-" + i++);
            legend.getChildren().add(row);
        }
        rebuildEditor();
    }

    private HBox row(String text, Color color, RunModel r) {
        Rectangle swatch = new Rectangle(22, 6, color);
        swatch.setStroke(Color.rgb(0, 0, 0, 0.8));
        CheckBox visible = new CheckBox();
        visible.getStyleClass().add("legend-visible");
        visible.selectedProperty().bindBidirectional(r == null ? race.mainVisibleProperty() : r.visibleProperty());
        visible.setTooltip(Sync.tip("Show or hide this run on the plot and the charts."));
        RadioButton select = new RadioButton(text);
        select.setToggleGroup(selection);
        select.setSelected(race.selectedProperty().get() == r);
        select.setOnAction(e -> race.selectedProperty().set(r));
        select.setTooltip(Sync.tip("Select: the update panel and the curvature panel follow this run."));
        if (r != null) {
            r.learningRateProperty().addListener(o -> select.setText(r.label()));
            r.optimizerProperty().addListener(o -> select.setText(r.label()));
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(6, visible, swatch, select, grow);
        row.setAlignment(Pos.CENTER_LEFT);
        if (r != null) {
            Button remove = new Button("×");
            remove.getStyleClass().add("legend-remove");
            remove.setOnAction(e -> race.removeRun(r));
            remove.setTooltip(Sync.tip("Remove this run."));
            row.getChildren().add(remove);
        }
        return row;
    }

    private void rebuildEditor() {
        editor.getChildren().clear();
        RunModel r = race.selectedProperty().get();
        if (r == null || !race.runs().contains(r)) {
            selection.getToggles().stream().findFirst().ifPresent(t -> t.setSelected(true));
            return;
        }
        ComboBox<OptimizerKind> kind = optimizerCombo();
        kind.setId("raceOptimizer");
        kind.valueProperty().bindBidirectional(r.optimizerProperty());
        TextField lr = new TextField();
        lr.setId("raceRate");
        lr.setPrefColumnCount(7);
        Sync.field(lr, r.learningRateProperty(), Numbers::sig3, Numbers::parsePositive);
        lr.setTooltip(Sync.tip("This run's learning rate α; press Enter."));
        TextField schedule = new TextField();
        schedule.setId("raceSchedule");
        schedule.textProperty().bindBidirectional(r.scheduleProperty());
        schedule.setTooltip(Sync.tip("This run's schedule: constant | step:N:G | exp:G | inv:K | cosine:T[:MIN]."));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label("α"), lr);
        grid.addRow(1, new Label("schedule"), schedule);
        int row = 2;
        row = hyper(grid, row, "momentum μ", r, Hyperparameters::momentum, Hyperparameters::withMomentum);
        row = hyper(grid, row, "β1", r, Hyperparameters::beta1, Hyperparameters::withBeta1);
        row = hyper(grid, row, "β2", r, Hyperparameters::beta2, Hyperparameters::withBeta2);
        hyper(grid, row, "smoothing ρ", r, Hyperparameters::alpha, Hyperparameters::withAlpha);
        Label title = new Label("Selected run");
        title.getStyleClass().add("section-title");
        editor.getChildren().addAll(title, kind, grid);
    }

    private interface Get {
        double of(Hyperparameters h);
    }

    private interface With {
        Hyperparameters apply(Hyperparameters h, double v);
    }

    private static int hyper(GridPane grid, int row, String name, RunModel r, Get get, With with) {
        DoubleProperty p = new SimpleDoubleProperty(get.of(r.hyperProperty().get()));
        r.hyperProperty().addListener((o, a, b) -> p.set(get.of(b)));
        p.addListener((o, a, b) -> {
            try {
                if (get.of(r.hyperProperty().get()) != b.doubleValue()) {
                    r.hyperProperty().set(with.apply(r.hyperProperty().get(), b.doubleValue()));
                }
            } catch (IllegalArgumentException e) {
                p.set(a.doubleValue());
            }
        });
        TextField f = new TextField();
        f.setPrefColumnCount(7);
        Sync.field(f, p, v -> Numbers.sig(v, 4), Numbers::parse);
        grid.addRow(row, new Label(name), f);
        return row + 1;
    }

    private static ComboBox<OptimizerKind> optimizerCombo() {
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
