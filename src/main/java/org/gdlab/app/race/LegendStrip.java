package org.gdlab.app.race;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;

/**
 * The race legend in one row, never more: the chips that fit are shown in order, and the rest fold into a
 * "+N" button at the row's end whose menu lists them (built when it opens, one entry per folded chip).
 * Its preferred width is every chip's; its minimum is the "+N" button's, so the owner can give it any
 * width in between. Which chips are folded is decided at layout, from the width it is given.
 */
final class LegendStrip extends Region {

    private final MenuButton more = new MenuButton();
    private final List<Node> chips = new ArrayList<>();
    private final IntFunction<MenuItem> entry;
    private final ReadOnlyIntegerWrapper folded = new ReadOnlyIntegerWrapper(this, "folded", 0);
    private final javafx.beans.property.DoubleProperty gap = new javafx.beans.property.SimpleDoubleProperty(this, "gap", 8);

    /** @param entry the drawer's entry for the chip at an index */
    LegendStrip(IntFunction<MenuItem> entry) {
        this.entry = entry;
        gap.addListener(o -> requestLayout());
        setId("legendStrip");
        more.setId("legendMore");
        more.getStyleClass().add("legend-more");
        more.setMinWidth(USE_PREF_SIZE);
        more.setOnShowing(e -> {
            List<MenuItem> items = new ArrayList<>();
            for (int i = chips.size() - folded.get(); i < chips.size(); i++) {
                items.add(entry.apply(i));
            }
            more.getItems().setAll(items);
        });
        more.setText("+1");
        more.setVisible(false);
        getChildren().add(more);
    }

    /** Shows these chips, in order. */
    void setChips(List<? extends Node> c) {
        chips.clear();
        chips.addAll(c);
        List<Node> all = new ArrayList<>(c);
        all.add(more);
        getChildren().setAll(all);
    }

    /** @return how many chips are folded into the "+N" menu at the last layout */
    ReadOnlyIntegerProperty foldedProperty() {
        return folded.getReadOnlyProperty();
    }

    /** @return the space between chips */
    javafx.beans.property.DoubleProperty gapProperty() {
        return gap;
    }

    /** @return the "+N" button */
    MenuButton more() {
        return more;
    }

    /** @return the "+N" button's width (its text is set only at layout, and only when N changes) */
    private double moreWidth() {
        return more.prefWidth(-1);
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Node c : chips) {
            w += c.prefWidth(-1);
        }
        return snappedLeftInset() + snappedRightInset() + w + gap.get() * Math.max(0, chips.size() - 1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.min(computePrefWidth(height), moreWidth());
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = chips.isEmpty() ? 0 : more.prefHeight(-1);
        for (Node c : chips) {
            h = Math.max(h, c.prefHeight(-1));
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double right = getWidth() - snappedRightInset();
        double top = snappedTopInset();
        double h = getHeight() - top - snappedBottomInset();
        double all = computePrefWidth(-1) - snappedLeftInset() - snappedRightInset();
        int shown = chips.size();
        if (left + all > right + 0.5) {
            double room = right - moreWidth() - gap.get();
            double x = left;
            shown = 0;
            for (Node c : chips) {
                double w = c.prefWidth(-1);
                if (x + w > room + 0.5) {
                    break;
                }
                x += w + gap.get();
                shown++;
            }
        }
        double x = left;
        for (int i = 0; i < chips.size(); i++) {
            Node c = chips.get(i);
            boolean fits = i < shown;
            if (c.isVisible() != fits) {
                c.setVisible(fits);
            }
            if (fits) {
                double w = c.prefWidth(-1);
                layoutInArea(c, x, top, w, h, 0, HPos.LEFT, VPos.CENTER);
                x += w + gap.get();
            }
        }
        int n = chips.size() - shown;
        folded.set(n);
        String text = "+" + Math.max(1, n);
        if (!text.equals(more.getText())) {
            more.setText(text);
        }
        more.setVisible(n > 0);
        if (n > 0) {
            layoutInArea(more, x, top, more.prefWidth(-1), h, 0, HPos.LEFT, VPos.CENTER);
        }
    }
}
