package org.gdlab.app.controls;

import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * Two-way glue between controls and view-model properties. A slider shows the property (clamped to its
 * range, without writing the clamped value back), and a user's movement writes through a mapping; a
 * number field shows the property formatted and, on Enter or focus loss, writes the parsed value or
 * reverts and flags the field when the text is not acceptable.
 */
public final class Sync {

    private Sync() {
    }

    /**
     * @param toSlider   property value → slider position
     * @param fromSlider slider position → property value
     */
    public static void slider(Slider s, DoubleProperty p, DoubleUnaryOperator toSlider, DoubleUnaryOperator fromSlider) {
        boolean[] guard = {false};
        Runnable show = () -> {
            guard[0] = true;
            double v = toSlider.applyAsDouble(p.get());
            s.setValue(Double.isFinite(v) ? Math.max(s.getMin(), Math.min(s.getMax(), v)) : s.getMin());
            guard[0] = false;
        };
        show.run();
        p.addListener(o -> show.run());
        s.minProperty().addListener(o -> show.run());
        s.maxProperty().addListener(o -> show.run());
        s.valueProperty().addListener((o, a, b) -> {
            if (!guard[0]) {
                p.set(fromSlider.applyAsDouble(b.doubleValue()));
            }
        });
    }

    /** A slider showing p directly. */
    public static void slider(Slider s, DoubleProperty p) {
        slider(s, p, v -> v, v -> v);
    }

    /**
     * @param format shows the value
     * @param parse  reads a typed text; empty when it is not acceptable
     */
    public static void field(TextField f, DoubleProperty p, DoubleFunction<String> format, Function<String, OptionalDouble> parse) {
        Runnable show = () -> {
            f.setText(format.apply(p.get()));
            f.getStyleClass().remove("invalid");
        };
        show.run();
        p.addListener(o -> show.run());
        Runnable commit = () -> {
            OptionalDouble v = parse.apply(f.getText());
            if (v.isPresent()) {
                f.getStyleClass().remove("invalid");
                if (v.getAsDouble() == p.get()) {
                    show.run();
                } else {
                    p.set(v.getAsDouble());
                }
            } else if (!f.getStyleClass().contains("invalid")) {
                f.getStyleClass().add("invalid");
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
                show.run();
            }
        });
    }

    /** An integer field (seed, step limit): whole numbers ≥ min; anything else reverts and flags the field. */
    public static void wholeField(TextField f, javafx.beans.property.Property<Number> p, long min) {
        Runnable show = () -> {
            f.setText(Long.toString(p.getValue().longValue()));
            f.getStyleClass().remove("invalid");
        };
        show.run();
        p.addListener(o -> show.run());
        Runnable commit = () -> {
            try {
                long v = Long.parseLong(f.getText().trim());
                if (v < min) {
                    throw new NumberFormatException();
                }
                f.getStyleClass().remove("invalid");
                if (v == p.getValue().longValue()) {
                    show.run();
                } else {
                    p.setValue(v);
                }
            } catch (NumberFormatException e) {
                if (!f.getStyleClass().contains("invalid")) {
                    f.getStyleClass().add("invalid");
                }
            }
        };
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
                show.run();
            }
        });
    }

    /** A tooltip that appears quickly and stays while read. */
    public static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
