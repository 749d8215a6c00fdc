package org.gdlab.app.present;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The window's top row: the menu bar on the left, the side panel's button on the right and between them the
 * lesson's title line, which wraps. Where the title line would wrap so much there that the row grows taller
 * than the menus plus the title line on its own row (a narrow window, a large scale), it takes its own row
 * under the menus, at the full width: whichever is lower. The menus never leave the window.
 */
public final class MenuRow extends Region {

    private final Node menus;
    private final Region heading;
    private final Node end;

    /**
     * @param menus the menu bar
     * @param heading the lesson's title line (hidden and unmanaged without a lesson)
     * @param end the side panel's button (unmanaged while not needed)
     */
    public MenuRow(Node menus, Region heading, Node end) {
        this.menus = menus;
        this.heading = heading;
        this.end = end;
        getStyleClass().add("top-row");
        getChildren().addAll(menus, heading, end);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private double gap() {
        return 0.4 * fontSize();
    }

    private double endWidth() {
        return end.isManaged() ? end.prefWidth(-1) + gap() : 0;
    }

    /** @return the width the title line gets beside the menus, or −1 when it goes on its own row */
    private double besideWidth(double width) {
        if (!heading.isManaged()) {
            return 0;
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        double room = inner - menus.prefWidth(-1) - gap() - endWidth();
        if (room < heading.minWidth(-1)) {
            return -1;
        }
        double beside = Math.max(firstLine(), heading.prefHeight(room));
        double below = firstLine() + heading.prefHeight(inner);
        return beside <= below ? room : -1;
    }

    /** @return the menus' font size: the em of the row */
    private double fontSize() {
        javafx.scene.text.Font f = null;
        if (menus instanceof javafx.scene.control.Control c) {
            for (Node n : c.lookupAll(".label")) {
                if (n instanceof javafx.scene.control.Labeled l) {
                    f = l.getFont();
                    break;
                }
            }
        }
        return f == null ? 15 : f.getSize();
    }

    private double firstLine() {
        return Math.max(menus.prefHeight(-1), end.isManaged() ? end.prefHeight(-1) : 0);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? getWidth() : width;
        double beside = besideWidth(w);
        double insets = snappedTopInset() + snappedBottomInset();
        if (beside >= 0) {
            return insets + Math.max(firstLine(), heading.isManaged() ? heading.prefHeight(beside) : 0);
        }
        return insets + firstLine() + heading.prefHeight(w - snappedLeftInset() - snappedRightInset());
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + menus.prefWidth(-1) + endWidth();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double mw = menus.prefWidth(-1);
        double beside = besideWidth(getWidth());
        double line = firstLine();
        if (beside >= 0) {
            double h = getHeight() - top - snappedBottomInset();
            layoutInArea(menus, left, top, mw, h, 0, HPos.LEFT, VPos.CENTER);
            if (heading.isManaged()) {
                layoutInArea(heading, left + mw + gap(), top, beside, h, 0, HPos.LEFT, VPos.CENTER);
            }
            if (end.isManaged()) {
                double ew = end.prefWidth(-1);
                layoutInArea(end, left + w - ew, top, ew, h, 0, HPos.RIGHT, VPos.CENTER);
            }
        } else {
            layoutInArea(menus, left, top, mw, line, 0, HPos.LEFT, VPos.CENTER);
            if (end.isManaged()) {
                double ew = end.prefWidth(-1);
                layoutInArea(end, left + w - ew, top, ew, line, 0, HPos.RIGHT, VPos.CENTER);
            }
            layoutInArea(heading, left, top + line, w, heading.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
