package org.gdlab.bench.latency;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Slider;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/**
 * The two minimal windows that {@code src/bench/latency/latency.sh} measures as the floor for GD Lab's latency (not a
 * test; run by the script with {@code java -cp … org.gdlab.bench.latency.FloorWindows slider|plot WxH}):
 *
 * <ul>
 *   <li>{@code slider}: one Slider only (the same range and block increment as GD Lab's α slider); the slider
 *       itself is the watched region;</li>
 *   <li>{@code plot}: a cached picture of the window's size, a full-size canvas over it on which a 1,000-point
 *       path is redrawn at every slider change, and the slider along the bottom; the canvas above the slider is
 *       the watched region.</li>
 * </ul>
 *
 * <p>Prints {@code LATENCY slider x y w h} and {@code LATENCY watch x y w h} in screen pixels once shown.
 */
public final class FloorWindows {

    private static final int POINTS = 1000;

    private FloorWindows() {
    }

    /** @param args {@code slider} or {@code plot}, then the window size {@code WxH} */
    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The application (a main class that extends Application cannot start from a class path). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            FloorWindows.start(stage, getParameters().getRaw());
        }
    }

    private static void start(Stage stage, java.util.List<String> raw) {
        String kind = raw.get(0);
        String[] wh = raw.get(1).split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        Slider slider = new Slider(-5, 1, -1);
        slider.setBlockIncrement(0.1);
        slider.setMaxWidth(Math.min(360, w - 40));
        Node watch;
        Scene scene;
        if ("slider".equals(kind)) {
            StackPane root = new StackPane(slider);
            scene = new Scene(root, w, h);
            watch = slider;
        } else {
            scene = plotScene(slider, w, h);
            watch = scene.lookup("#floorCanvas");
        }
        stage.setScene(scene);
        stage.setTitle("latency floor: " + kind);
        stage.show();
        slider.requestFocus();
        Platform.runLater(() -> {
            print("slider", slider);
            print("watch", watch);
            System.out.println("LATENCY end 0 0 0 0");
        });
    }

    /**
     * The plotting floor's scene (also measured by {@code PulsePhaseBenchmark}): a cached picture of the
     * window's size, a full-size canvas ({@code #floorCanvas}) on which a 1,000-point path is redrawn at every
     * change of {@code slider}, and the slider along the bottom.
     */
    static Scene plotScene(Slider slider, int w, int h) {
        ImageView picture = new ImageView(picture(w, h - 48));
        picture.setCache(true);
        Canvas canvas = new Canvas(w, h - 48);
        canvas.setId("floorCanvas");
        slider.valueProperty().addListener(o -> draw(canvas, slider.getValue()));
        draw(canvas, slider.getValue());
        BorderPane root = new BorderPane(new StackPane(picture, canvas));
        StackPane bar = new StackPane(slider);
        bar.setPrefHeight(48);
        bar.setAlignment(Pos.CENTER_LEFT);
        root.setBottom(bar);
        return new Scene(root, w, h);
    }

    /** A smooth picture like a contour map's, computed once. */
    private static WritableImage picture(int w, int h) {
        WritableImage img = new WritableImage(w, h);
        PixelWriter pw = img.getPixelWriter();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = (x - w / 2.0) / w * 6;
                double v = (y - h / 2.0) / h * 6;
                double c = Math.log1p((1 - u) * (1 - u) + 10 * (v - u * u) * (v - u * u));
                pw.setColor(x, y, Color.hsb(240 - 24 * c, 0.45, 0.95));
            }
        }
        return img;
    }

    /** A 1,000-point path whose shape follows the slider, like a descent path after an α change. */
    private static void draw(Canvas canvas, double s) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        g.setStroke(Color.CRIMSON);
        g.setLineWidth(2);
        g.beginPath();
        double a = Math.pow(10, s);
        for (int i = 0; i < POINTS; i++) {
            double t = i / (double) POINTS;
            double r = 0.45 * Math.exp(-3 * t) * (1 + 0.3 * Math.sin(40 * a * t));
            double x = w / 2 + r * w * Math.cos(25 * t + 3 * a);
            double y = h / 2 + r * h * Math.sin(25 * t + 3 * a);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private static void print(String name, Node n) {
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        System.out.println("LATENCY " + name + " " + Math.round(b.getMinX()) + " " + Math.round(b.getMinY()) + " "
                + Math.round(b.getWidth()) + " " + Math.round(b.getHeight()));
    }
}
