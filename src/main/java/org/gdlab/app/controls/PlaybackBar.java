package org.gdlab.app.controls;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.gdlab.app.playback.PlaybackController;

/**
 * The playback bar: reset, back, play/pause, forward, the speed (1–200 steps/s, logarithmic) with
 * "instant", and a timeline scrubber over the computed steps.
 */
public final class PlaybackBar extends HBox {

    public PlaybackBar(PlaybackController pc) {
        super(8);
        getStyleClass().add("playback-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 12, 6, 12));
        Button reset = button("|◀", "reset", "Back to the start (Home or R)", pc::reset);
        Button back = button("◀", "back", "One step back (←)", pc::stepBack);
        Button play = button("▶", "play", "Play / pause (Space)", pc::togglePlay);
        play.textProperty().bind(Bindings.when(pc.playingProperty()).then("❚❚").otherwise("▶"));
        Button forward = button("▶|", "forward", "One step forward (→)", pc::stepForward);

        Slider timeline = new Slider(0, 1, 0);
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
        Label stepLabel = new Label();
        stepLabel.setId("stepLabel");
        stepLabel.setMinWidth(130);
        stepLabel.textProperty().bind(Bindings.format(Locale.ROOT, "step %d / %d", pc.stepProperty(), pc.lastStepProperty()));

        Slider speed = new Slider(0, Math.log10(PlaybackController.MAX_SPEED), Math.log10(pc.speedProperty().get()));
        speed.setId("speed");
        speed.setPrefWidth(130);
        speed.setFocusTraversable(false);
        Sync.slider(speed, pc.speedProperty(), Math::log10, v -> Math.round(Math.pow(10, v)));
        speed.setTooltip(Sync.tip("Playback speed, 1 to 200 steps per second."));
        Label speedLabel = new Label();
        speedLabel.setMinWidth(70);
        speedLabel.textProperty().bind(Bindings.format(Locale.ROOT, "%.0f steps/s", pc.speedProperty()));
        speed.disableProperty().bind(pc.instantProperty());
        CheckBox instant = new CheckBox("instant");
        instant.setId("instant");
        instant.setFocusTraversable(false);
        instant.selectedProperty().bindBidirectional(pc.instantProperty());
        instant.setTooltip(Sync.tip("Play jumps straight to the last step."));
        HBox.setHgrow(timeline, Priority.ALWAYS);
        getChildren().addAll(reset, back, play, forward, stepLabel, timeline, speed, speedLabel, instant);
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(44);
        b.setOnAction(e -> action.run());
        b.setTooltip(Sync.tip(tip));
        return b;
    }
}
