package org.gdlab.app.controls;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gdlab.app.playback.PlaybackController;

/**
 * The playback bar: reset, back, play/pause, forward, the step, a timeline scrubber over the computed
 * steps, optionally the learning rate ({@link #setLearningRate}), and the speed (1–200 steps/s,
 * logarithmic) with "instant". Sizes are in em (they grow with the UI scale). When the row is too narrow
 * for everything, it folds, one level at a time ({@link #folded()}): 1, the speed and "instant" go into
 * the "⋯" menu at its end; 2, so do "back to the start" and "one step forward"; 3, the step label hides;
 * 4, α takes a second row. Play, step back, the scrubber and α never leave the window.
 */
public final class PlaybackBar extends VBox {

    /** the speeds the "⋯" menu offers, steps per second */
    static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200};
    /** the scrubber keeps at least this many em before the speed folds away */
    static final double TIMELINE_MIN_EM = 8;

    private final HBox speedGroup;
    private final MenuButton more;
    private final Slider timeline;
    private final Label stepLabel;
    // the scrubber's knob and the step label change at every step: each lays out only itself while playing
    private final FixedCell timelineCell;
    private final javafx.beans.property.IntegerProperty stepLimit = new javafx.beans.property.SimpleIntegerProperty(this, "stepLimit", 0);
    private final FixedCell stepCell;
    private final Button reset;
    private final Button forward;
    private final MenuItem resetItem;
    private final MenuItem endItem;
    private final HBox row = new HBox();
    private final HBox row2 = new HBox();
    private Node learningRate;
    private int folded;

    public PlaybackBar(PlaybackController pc) {
        getStyleClass().add("playback-bar");
        setId("playbackBar");
        row.getStyleClass().add("playback-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row2.getStyleClass().add("playback-row");
        row2.setAlignment(Pos.CENTER_LEFT);
        row2.setVisible(false);
        row2.setManaged(false);
        reset = button("|◀", "reset", "Back to the start (Home or R)", pc::reset);
        Button back = button("◀", "back", "One step back (←)", pc::stepBack);
        Button play = button("▶", "play", "Play / pause (Space)", pc::togglePlay);
        play.textProperty().bind(Bindings.when(pc.playingProperty()).then("❚❚").otherwise("▶"));
        forward = button("▶|", "forward", "One step forward (→)", pc::stepForward);

        timeline = new Slider(0, 1, 0);
        timeline.setId("timeline");
        timeline.maxProperty().bind(Bindings.max(1, pc.lastStepProperty()));
        timeline.valueProperty().addListener((o, a, b) -> {
            if (timeline.isValueChanging() || timeline.isPressed()) {
                pc.seek((int) Math.round(b.doubleValue()));
            }
        });
        // a listener straight on the controller's property: a bound local property would be collected
        pc.stepProperty().addListener((o, a, b) -> {
            if (!timeline.isValueChanging() && !timeline.isPressed()) {
                timeline.setValue(b.doubleValue());
            }
        });
        timeline.setTooltip(Sync.tip("The steps computed so far: drag to any step."));
        timeline.setFocusTraversable(false);
        timeline.getStyleClass().add("timeline");
        stepLabel = new Label();
        stepLabel.setId("stepLabel");
        stepLabel.getStyleClass().add("step-label");
        stepLabel.textProperty().bind(Bindings.format(Locale.ROOT, "step %d / %d", pc.stepProperty(), pc.lastStepProperty()));
        // as wide as its widest text for any run within the step limit: it never changes width (nor moves and
        // redraws the scrubber) while playing, nor when a new α ends the run at another count of digits
        Runnable fitStep = () -> {
            int most = Math.max(pc.lastStepProperty().get(), stepLimit.get());
            LabelWidth.fitWidest(stepLabel, java.util.List.of(String.format(Locale.ROOT, "step %d / %d", most, most)));
        };
        pc.lastStepProperty().addListener(o -> fitStep.run());
        stepLimit.addListener(o -> fitStep.run());
        stepLabel.fontProperty().addListener(o -> fitStep.run());
        stepLabel.insetsProperty().addListener(o -> fitStep.run()); // its padding is in ems: set after the font
        fitStep.run();

        Slider speed = new Slider(0, Math.log10(PlaybackController.MAX_SPEED), Math.log10(pc.speedProperty().get()));
        speed.setId("speed");
        speed.getStyleClass().add("speed");
        speed.setFocusTraversable(false);
        Sync.slider(speed, pc.speedProperty(), Math::log10, v -> Math.round(Math.pow(10, v)));
        speed.setTooltip(Sync.tip("Playback speed, 1 to 200 steps per second."));
        Label speedLabel = new Label();
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.textProperty().bind(Bindings.format(Locale.ROOT, "%.0f steps/s", pc.speedProperty()));
        speedLabel.fontProperty().addListener(o -> LabelWidth.fitWidest(speedLabel, java.util.List.of("200 steps/s")));
        LabelWidth.fitWidest(speedLabel, java.util.List.of("200 steps/s"));
        speed.disableProperty().bind(pc.instantProperty());
        CheckBox instant = new CheckBox("instant");
        instant.setId("instant");
        instant.setFocusTraversable(false);
        instant.setMinWidth(USE_PREF_SIZE);
        instant.selectedProperty().bindBidirectional(pc.instantProperty());
        instant.setTooltip(Sync.tip("Play jumps straight to the last step."));
        speedGroup = new HBox(speed, speedLabel, instant);
        speedGroup.getStyleClass().add("bar-group");
        speedGroup.setAlignment(Pos.CENTER_LEFT);

        more = new MenuButton("⋯");
        more.setId("playbackMore");
        more.setFocusTraversable(false);
        more.setMinWidth(USE_PREF_SIZE);
        more.setTooltip(Sync.tip("Playback speed and \"instant\" (folded here while the bar is narrow)."));
        ToggleGroup speeds = new ToggleGroup();
        for (int s : SPEEDS) {
            RadioMenuItem r = new RadioMenuItem(s + " steps/s");
            r.setToggleGroup(speeds);
            r.setOnAction(e -> pc.speedProperty().set(s));
            more.getItems().add(r);
        }
        Runnable syncSpeed = () -> speeds.getToggles().forEach(t -> t.setSelected(
                ((RadioMenuItem) t).getText().equals(Math.round(pc.speedProperty().get()) + " steps/s")));
        pc.speedProperty().addListener(o -> syncSpeed.run());
        syncSpeed.run();
        CheckMenuItem instantItem = new CheckMenuItem("instant");
        instantItem.selectedProperty().bindBidirectional(pc.instantProperty());
        resetItem = new MenuItem("|◀  back to the start (Home)");
        resetItem.setOnAction(e -> pc.reset());
        endItem = new MenuItem("▶|  one step forward (→)");
        endItem.setOnAction(e -> pc.stepForward());
        more.getItems().addAll(new SeparatorMenuItem(), instantItem, resetItem, endItem);
        more.setVisible(false);
        more.setManaged(false);
        resetItem.setVisible(false);
        endItem.setVisible(false);

        timeline.setMinWidth(0);
        timelineCell = new FixedCell(timeline);
        stepCell = new FixedCell(stepLabel);
        HBox.setHgrow(timelineCell, Priority.ALWAYS);
        row.getChildren().addAll(reset, back, play, forward, stepCell, timelineCell, speedGroup, more);
        getChildren().addAll(row, row2);
    }

    /**
     * @return the most steps a run may take (the run's step limit): the step label is as wide as "step N / N"
     *     for it, so that runs of other lengths keep the row's layout
     */
    public javafx.beans.property.IntegerProperty stepLimitProperty() {
        return stepLimit;
    }

    /**
     * Puts a node (the learning rate) after the scrubber, shown while {@code shown} is true.
     */
    public void setLearningRate(Node node, ObservableBooleanValue shown) {
        learningRate = node;
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        HBox.setHgrow(node, Priority.SOMETIMES);
        row.getChildren().add(row.getChildren().indexOf(speedGroup), node);
    }

    /**
     * @return 0: everything in one row; 1: the speed folded into "⋯"; 2: also "to the start" and "forward";
     *     3: also the step label hidden; 4: also α on a second row
     */
    public int folded() {
        return folded;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        int level = 0;
        while (level < 4 && need(level) > w) {
            level++;
        }
        fold(level);
        super.layoutChildren();
    }

    /**
     * The least width is the fully folded row's: the window may give the bar less than it wants, and the bar
     * then folds ({@link #layoutChildren}), instead of taking the width of everything unfolded and pushing its
     * last controls out of the window.
     */
    @Override
    protected double computeMinWidth(double height) {
        double w = need(4);
        if (learningRate != null && learningRate.visibleProperty().get()) {
            w = Math.max(w, row2.snappedLeftInset() + row2.snappedRightInset() + learningRate.minWidth(-1));
        }
        return snappedLeftInset() + w + snappedRightInset();
    }

    /**
     * @return the width the first row needs at a fold level, with {@link #TIMELINE_MIN_EM} em for the scrubber
     */
    private double need(int level) {
        double em = stepLabel.getFont().getSize();
        double need = row.snappedLeftInset() + row.snappedRightInset() + TIMELINE_MIN_EM * em;
        int shown = 1;
        for (Node n : row.getChildren()) {
            boolean out = n == timelineCell || (n == learningRate && (!learningRate.visibleProperty().get() || level >= 4))
                    || (n == more ? level == 0 : n == speedGroup ? level >= 1
                    : (n == reset || n == forward) ? level >= 2 : n == stepCell && level >= 3);
            if (!out) {
                need += n == learningRate ? n.minWidth(-1) : n.prefWidth(-1);
                shown++;
            }
        }
        return need + (shown - 1) * row.getSpacing();
    }

    private void fold(int level) {
        if (level == folded) {
            return;
        }
        folded = level;
        show(speedGroup, level < 1);
        show(more, level >= 1);
        show(reset, level < 2);
        show(forward, level < 2);
        resetItem.setVisible(level >= 2);
        endItem.setVisible(level >= 2);
        show(stepCell, level < 3);
        if (learningRate != null) {
            HBox from = level >= 4 ? row : row2;
            HBox to = level >= 4 ? row2 : row;
            if (from.getChildren().remove(learningRate)) {
                to.getChildren().add(to == row ? row.getChildren().indexOf(speedGroup) : 0, learningRate);
            }
            HBox.setHgrow(learningRate, level >= 4 ? Priority.ALWAYS : Priority.SOMETIMES);
        }
        show(row2, level >= 4);
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(USE_PREF_SIZE);
        b.getStyleClass().add("playback-button");
        b.setOnAction(e -> action.run());
        b.setTooltip(Sync.tip(tip));
        return b;
    }
}
