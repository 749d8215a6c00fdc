package org.gdlab.app.race;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.gdlab.app.controls.Sync;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The race bar above the plot, always one row: presets, "add a run of this optimizer", "back to a single
 * run", and the legend ({@link LegendStrip}): one chip per run (the main run first): its colour and a select
 * button (the update panel, the curvature panel and the caption on the plot follow the selected run),
 * faded while the run is hidden; the visibility toggle and the remove button are in the "+N" menu's entries
 * and in the {@link RaceEditor}, so that more chips fit in the row. A chip names its run briefly ("momentum  α = 0.0750") and
 * marks how it ends with one {@link OutcomeMark} (✓ converged, ✗ diverged, ⇥ at the step limit); its
 * tooltip gives the core explainer's whole sentence (the main run's is also the banner's). Where the row is
 * too narrow, the tools fold into one "Race" menu, and then the chips that do not fit fold into a "+N"
 * menu whose entries are whole chips with the outcome's headline ("momentum  α = 0.0750 — converged at
 * step 73"). The selected run's own settings are edited in {@link RaceEditor}. Binds to the
 * {@link RaceViewModel}; no logic in the handlers.
 *
 * <p>{@link #compactProperty() Compact} (presentation mode), it is only the legend: one strip of chips
 * (colour and name; a click selects the run) without the tools, the visibility boxes and the remove
 * buttons, in slightly smaller type, and it takes no space at all while there is no race.
 */
public final class RaceBar extends HBox {

    private final RaceViewModel race;
    private final java.util.List<Node> fixed = new java.util.ArrayList<>();
    private final ToggleGroup selection = new ToggleGroup();
    private final javafx.beans.property.BooleanProperty compact =
            new javafx.beans.property.SimpleBooleanProperty(this, "compact", false);
    private final javafx.beans.property.BooleanProperty folded =
            new javafx.beans.property.SimpleBooleanProperty(this, "folded", false);
    private final MenuButton menu = new MenuButton("Race");
    private final LegendStrip strip;

    public RaceBar(RaceViewModel race) {
        super(8);
        this.race = race;
        setId("raceBar");
        getStyleClass().add("race-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label head = new Label("Race");
        head.getStyleClass().add("section-title");
        MenuButton presets = new MenuButton("Preset");
        presets.setId("racePresets");
        for (RacePreset p : RacePreset.values()) {
            MenuItem item = new MenuItem(p.displayName());
            item.setId("preset-" + p.name());
            item.setOnAction(e -> race.applyPreset(p));
            presets.getItems().add(item);
        }
        presets.setTooltip(Sync.tip("Prepared races from the same start: GD vs momentum, the adaptive family, "
                + "GD vs normalized GD, GD vs Newton."));
        ComboBox<OptimizerKind> kind = RaceEditor.optimizerCombo();
        kind.setValue(OptimizerKind.MOMENTUM);
        kind.setId("raceAddKind");
        kind.setPrefWidth(170);
        Button add = new Button("Add");
        add.setId("raceAdd");
        add.setOnAction(e -> race.selectedProperty().set(race.addRun(kind.getValue(),
                kind.getValue() == OptimizerKind.GD ? Double.NaN : kind.getValue().defaultLearningRate())));
        add.setTooltip(Sync.tip("Add a run of this optimizer, in the next colour, from the same start."));
        Button clear = new Button("Single");
        clear.setId("raceClear");
        clear.setOnAction(e -> race.clear());
        clear.setTooltip(Sync.tip("Remove every extra run: back to the single run of the side panel."));
        fixed.addAll(java.util.List.of(head, presets, kind, add, clear));
        for (Node n : fixed) {
            ((javafx.scene.layout.Region) n).setMinWidth(USE_PREF_SIZE); // folded, not cut
        }
        strip = new LegendStrip(this::drawerEntry);
        strip.gapProperty().bind(spacingProperty());
        strip.more().setTooltip(Sync.tip("The runs that do not fit in the row: each with its visibility, "
                + "select and remove buttons, and how it ends."));
        HBox.setHgrow(strip, javafx.scene.layout.Priority.ALWAYS);
        var tools = compact.not().and(folded.not());
        for (Node n : fixed) {
            n.visibleProperty().bind(tools);
            n.managedProperty().bind(tools);
        }
        // where the tools and the legend do not fit in one row, the tools fold into one "Race" menu
        menu.setId("raceMenu");
        javafx.scene.control.Menu presetMenu = new javafx.scene.control.Menu("Preset");
        for (RacePreset p : RacePreset.values()) {
            MenuItem item = new MenuItem(p.displayName());
            item.setOnAction(e -> race.applyPreset(p));
            presetMenu.getItems().add(item);
        }
        javafx.scene.control.Menu addMenu = new javafx.scene.control.Menu("Add a run");
        for (OptimizerKind k : OptimizerKind.values()) {
            MenuItem item = new MenuItem(k.displayName());
            item.setOnAction(e -> race.selectedProperty().set(race.addRun(k,
                    k == OptimizerKind.GD ? Double.NaN : k.defaultLearningRate())));
            addMenu.getItems().add(item);
        }
        MenuItem single = new MenuItem("Single");
        single.setOnAction(e -> race.clear());
        menu.getItems().addAll(presetMenu, addMenu, single);
        menu.setTooltip(Sync.tip("Prepared races, add a run, back to a single run."));
        var menuShown = compact.not().and(folded);
        menu.visibleProperty().bind(menuShown);
        menu.managedProperty().bind(menuShown);
        menu.setMinWidth(USE_PREF_SIZE);
        var shown = compact.not().or(javafx.beans.binding.Bindings.isNotEmpty(race.runs()));
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        compact.addListener((o, was, is) -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), is));
        race.runs().addListener((ListChangeListener<RunModel>) c -> rebuild());
        race.selectedProperty().addListener(o -> rebuild());
        rebuild();
    }

    @Override
    protected void layoutChildren() {
        // the width of one row with the tools unfolded and every chip shown (the same whether folded or not)
        double need = snappedLeftInset() + snappedRightInset() + strip.prefWidth(-1);
        int n = 1;
        for (Node c : fixed) {
            need += c.prefWidth(-1);
            n++;
        }
        need += Math.max(0, n - 1) * getSpacing();
        folded.set(!compact.get() && need > getWidth());
        super.layoutChildren();
    }

    private void rebuild() {
        getChildren().setAll(fixed);
        getChildren().addAll(menu, strip);
        selection.getToggles().clear();
        java.util.List<Node> chips = new java.util.ArrayList<>();
        chips.add(chip(null, "legend-main", false));
        int i = 0;
        for (RunModel r : race.runs()) {
            chips.add(chip(r, "legend-" + i++, false));
        }
        strip.setChips(chips);
    }

    /** @return the "+N" menu's entry for chip i: the whole chip, with the outcome's headline */
    private MenuItem drawerEntry(int i) {
        RunModel r = i == 0 ? null : race.runs().get(i - 1);
        javafx.scene.control.CustomMenuItem item =
                new javafx.scene.control.CustomMenuItem(chip(r, "drawer-" + (r == null ? "legend-main" : "legend-" + (i - 1)), true), false);
        return item;
    }

    /** @return how many chips do not fit in the row and wait in the "+N" menu */
    public int foldedChips() {
        return strip.foldedProperty().get();
    }

    /** @return the short text of a chip: the run's label and its outcome's mark */
    private String chipText(RunModel r) {
        if (r == null) {
            PlannedPath p = race.lab().pathProperty().get();
            return p == null ? "main run" : ("main run " + OutcomeMark.of(p.outcome())).strip();
        }
        RacePath p = r.pathProperty().get();
        return p == null ? r.label() : (r.label() + " " + OutcomeMark.of(p.path().outcome())).strip();
    }

    /** @return the drawer's text of a chip: the run's label and its outcome's headline */
    private String drawerText(RunModel r) {
        if (r == null) {
            PlannedPath p = race.lab().pathProperty().get();
            return p == null ? "main run" : "main run — " + p.outcome().legend();
        }
        return r.legend();
    }

    private String tooltip(RunModel r) {
        if (r == null) {
            PlannedPath p = race.lab().pathProperty().get();
            return (p == null ? "" : p.outcome().sentence() + "\n") + "The main run: its settings are in the side panel.";
        }
        String sentence = r.outcomeSentence();
        return (sentence.isEmpty() ? "" : sentence + "\n") + UpdateRule.caption(r.optimizerProperty().get())
                + "  (select: the update panel follows this run; its settings are in the Race tab below the plot)";
    }

    /** @return true: only the legend, as one compact strip (presentation mode) */
    public javafx.beans.property.BooleanProperty compactProperty() {
        return compact;
    }

    /**
     * @param r the run, null for the main run
     * @param id the chip's node id
     * @param inDrawer true: for the "+N" menu (the headline in words; not in the legend's toggle group)
     */
    private HBox chip(RunModel r, String id, boolean inDrawer) {
        Color color = r == null ? Color.WHITE : javafx.scene.paint.Color.web(r.color().hex());
        Rectangle swatch = new Rectangle(20, 8, color);
        swatch.setStroke(Color.rgb(0, 0, 0, 0.8));
        javafx.beans.property.BooleanProperty shownOnPlot = r == null ? race.mainVisibleProperty() : r.visibleProperty();
        CheckBox visible = new CheckBox();
        visible.setId(id + "-visible");
        visible.selectedProperty().bindBidirectional(shownOnPlot);
        visible.setTooltip(Sync.tip("Show or hide this run on the plot and the charts."));
        ToggleButton select = new ToggleButton(inDrawer ? drawerText(r) : chipText(r), swatch);
        select.setId(id + "-select");
        if (!inDrawer) {
            select.setToggleGroup(selection);
        }
        select.setMinWidth(USE_PREF_SIZE); // a chip's name is never cut
        select.setSelected(race.selectedProperty().get() == r);
        select.setOnAction(e -> {
            race.selectedProperty().set(r);
            select.setSelected(true);
            if (inDrawer) {
                strip.more().hide();
            }
        });
        select.setTooltip(Sync.tip(tooltip(r)));
        // as wide whatever the outcome's mark: a new α that ends the run otherwise does not lay out the legend,
        // and with it the window
        Runnable fit = () -> {
            if (!inDrawer) {
                String name = r == null ? "main run" : r.label();
                java.util.List<String> texts = new java.util.ArrayList<>();
                for (String mark : OutcomeMark.ALL) {
                    texts.add(name + " " + mark);
                }
                org.gdlab.app.controls.LabelWidth.fitWidest(select, texts);
            }
        };
        select.fontProperty().addListener(o -> fit.run());
        select.insetsProperty().addListener(o -> fit.run());
        fit.run();
        javafx.beans.InvalidationListener relabel = o -> {
            select.setText(inDrawer ? drawerText(r) : chipText(r));
            select.getTooltip().setText(tooltip(r));
            if (r != null) {
                fit.run(); // a raced run's label holds its α; the main run's name stays "main run"
            }
        };
        // weak: a chip lives as long as the legend shows it (the drawer's as long as its menu is open)
        select.getProperties().put("relabel", relabel);
        if (r != null) {
            r.learningRateProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
            r.optimizerProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
            r.pathProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        } else {
            race.lab().pathProperty().addListener(new javafx.beans.WeakInvalidationListener(relabel));
        }
        // the strip's chip is colour, name and mark only, so more chips fit in the row; showing and removing
        // a run are in the "+N" menu's entries and in the race editor (a hidden run's chip is faded)
        if (!inDrawer) {
            select.opacityProperty().bind(javafx.beans.binding.Bindings.when(shownOnPlot).then(1.0).otherwise(0.45));
        }
        // the strip's chip in a layout boundary: a new mark or label (same width) lays out the chip alone
        HBox chip = inDrawer ? new HBox(2, visible, select) : new HBox(2, new org.gdlab.app.controls.FixedCell(select));
        chip.setId(id);
        chip.setAlignment(Pos.CENTER_LEFT);
        if (r != null && inDrawer) {
            Button remove = new Button("×");
            remove.setId(id + "-remove");
            remove.setOnAction(e -> {
                if (inDrawer) {
                    strip.more().hide();
                }
                race.removeRun(r);
            });
            remove.setTooltip(Sync.tip("Remove this run."));
            chip.getChildren().add(remove);
        }
        return chip;
    }
}
