package org.gdlab.app.data;

import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.gdlab.app.plot.CanvasGraphics;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SurfaceLayer;

/**
 * Feature scaling before and after, under the switch ({@link ScalingComparisonModel}): two small contour
 * pictures side by side (raw | scaled), drawn by the plot's own painter ({@link SurfaceLayer}: colours,
 * level lines, the optimum's cross), each with its κ and 2/λmax under it, the one on screen marked, and the
 * sentence saying how much scaling changes κ. The pictures share the panel's width, so they grow with it
 * and with the UI scale. Binds and paints; no logic.
 */
public final class ScalingThumbnails extends VBox {

    private final Thumb raw = new Thumb("scalingRaw");
    private final Thumb scaled = new Thumb("scalingScaled");
    private final Label sentence = new Label();

    public ScalingThumbnails(ScalingComparisonModel model) {
        setId("scalingComparison");
        getStyleClass().add("scaling-comparison");
        setSpacing(3);
        HBox row = new HBox(6, raw, scaled);
        HBox.setHgrow(raw, Priority.ALWAYS);
        HBox.setHgrow(scaled, Priority.ALWAYS);
        sentence.setId("scalingSentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(row, sentence);
        model.comparisonProperty().addListener((o, was, is) -> show(is));
        show(model.comparisonProperty().get());
    }

    private void show(ScalingComparison c) {
        setVisible(c != null);
        setManaged(c != null);
        if (c == null) {
            return;
        }
        raw.show(c.raw(), !c.scaledOnScreen());
        scaled.show(c.scaled(), c.scaledOnScreen());
        sentence.setText(c.sentence());
    }

    /** One side: its title, its picture and its numbers. */
    private static final class Thumb extends VBox {

        private final Label title = new Label();
        private final Picture picture = new Picture();
        private final Label numbers = new Label();

        Thumb(String id) {
            setId(id);
            getStyleClass().add("scaling-thumb");
            setSpacing(1);
            setMinWidth(0);
            setPrefWidth(0); // the row shares its width equally, whatever the titles' lengths
            title.setId(id + "Title");
            title.setWrapText(true);
            title.setMinHeight(Region.USE_PREF_SIZE);
            numbers.setId(id + "Numbers");
            numbers.setWrapText(true);
            numbers.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().addAll(title, picture, numbers);
        }

        void show(ScalingComparison.Side side, boolean onScreen) {
            title.setText(side.title() + (onScreen ? " · shown" : ""));
            title.setStyle(onScreen ? "-fx-font-weight: bold;" : "");
            numbers.setText(side.numbers());
            picture.show(side);
        }
    }

    /** A canvas as wide as its cell, {@link ScalingComparison#HEIGHT}/{@link ScalingComparison#WIDTH} as high. */
    private static final class Picture extends Region {

        private final Canvas canvas = new Canvas();
        private final CanvasGraphics graphics = new CanvasGraphics(canvas);
        private ScalingComparison.Side side;

        Picture() {
            getChildren().add(canvas);
            setMinWidth(0);
        }

        void show(ScalingComparison.Side s) {
            side = s;
            paint();
        }

        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefWidth(double height) {
            return 4 * ScalingComparison.WIDTH / 5.0; // any width: the row shares the panel's
        }

        @Override
        protected double computePrefHeight(double width) {
            double w = width > 0 ? width : computePrefWidth(-1);
            return w * ScalingComparison.HEIGHT / ScalingComparison.WIDTH;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            double w = snapSizeX(getWidth());
            double h = snapSizeY(w * ScalingComparison.HEIGHT / ScalingComparison.WIDTH);
            if (canvas.getWidth() != w || canvas.getHeight() != h) {
                canvas.setWidth(w);
                canvas.setHeight(h);
                paint();
            }
        }

        private void paint() {
            double u = canvas.getWidth() / ScalingComparison.WIDTH;
            var g = graphics.cleared(u);
            if (side == null || side.picture() == null || u <= 0) {
                return;
            }
            PlotTransform t = side.transform();
            SurfaceLayer.paintPicture(g, t, side.picture(), SurfaceLayer.image(side.picture()));
            SurfaceLayer.paintMinima(g, t, side.cost().description().knownPoints(), null);
        }
    }
}
