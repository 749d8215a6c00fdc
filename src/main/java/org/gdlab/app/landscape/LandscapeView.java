package org.gdlab.app.landscape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point3D;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;

/**
 * The 3-D landscape: a JavaFX SubScene with the surface mesh (textured with the plot's colours and level
 * lines, lit by a point light and an ambient light), the paths as tubes and the current iterate as an
 * orange ball, seen by an orbit camera; above it a bar with the height scale, log height, level lines,
 * "in place of the plot", reset camera and PNG export. Drag to orbit, wheel to zoom; keys (when it has the
 * focus) A/D turn, W/S tilt, E/Q zoom, 0 resets the camera. Where the pipeline has no 3-D the same scene
 * is drawn by a {@link LandscapeSketch} instead.
 */
public final class LandscapeView extends VBox {

    /** the ball's colour: the plot's current-iterate orange */
    static final Color BALL = Color.rgb(255, 145, 0);
    private static final Color BACKGROUND = Color.rgb(38, 50, 56);

    private final LandscapeViewModel vm;
    private final boolean threeD = threeDSupported();
    private final TriangleMesh surfaceMesh = new TriangleMesh();
    private final MeshView surface = new MeshView(surfaceMesh);
    private final PhongMaterial surfaceMaterial = new PhongMaterial(Color.WHITE);
    private final Group paths = new Group();
    private final Sphere ball = new Sphere(LandscapeFrame.BALL_RADIUS);
    private final Group raceBalls = new Group();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene sub;
    private final LandscapeSketch sketch = new LandscapeSketch();
    private final StackPane stage = new StackPane();
    private double lastX;
    private double lastY;
    private boolean sketchQueued;

    public LandscapeView(LandscapeViewModel vm) {
        this.vm = vm;
        setId("landscape");
        getStyleClass().add("landscape");
        surface.setId("landscapeSurface");
        ball.setId("landscapeBall");
        surface.setMaterial(surfaceMaterial);
        surface.setCullFace(CullFace.NONE);
        PhongMaterial ballMaterial = new PhongMaterial(BALL);
        ballMaterial.setSpecularColor(Color.WHITE);
        ball.setMaterial(ballMaterial);
        ball.setVisible(false);

        PointLight light = new PointLight(Color.rgb(255, 255, 255));
        light.setTranslateX(-500);
        light.setTranslateY(-700);
        light.setTranslateZ(-350);
        AmbientLight ambient = new AmbientLight(Color.rgb(95, 95, 95));
        Group world = new Group(surface, paths, ball, raceBalls, light, ambient);
        camera.setNearClip(1);
        camera.setFarClip(20000);
        camera.setFieldOfView(LandscapeCamera.FIELD_OF_VIEW);
        sub = new SubScene(world, 400, 300, true, SceneAntialiasing.DISABLED);
        sub.setId("landscapeScene");
        sub.setFill(BACKGROUND);
        sub.setCamera(camera);
        sub.setManaged(false);
        sketch.setId("landscapeSketch");
        sketch.setManaged(false);
        Pane holder = new Pane(threeD ? sub : sketch);
        stage.getChildren().add(holder);
        stage.setMinSize(200, 200);
        stage.setStyle("-fx-background-color: #263238;");
        holder.widthProperty().addListener(o -> resize(holder));
        holder.heightProperty().addListener(o -> resize(holder));

        getChildren().addAll(bar(), stage);
        VBox.setVgrow(stage, javafx.scene.layout.Priority.ALWAYS);
        setFocusTraversable(true);

        vm.meshProperty().addListener((o, was, is) -> showMesh(is));
        vm.tubesProperty().addListener((o, was, is) -> showTubes(is));
        vm.ballProperty().addListener((o, was, is) -> placeBall(is));
        vm.raceBallsProperty().addListener((o, was, is) -> placeRaceBalls(is));
        for (Observable o : List.of(vm.yawProperty(), vm.pitchProperty(), vm.distanceProperty())) {
            o.addListener(x -> placeCamera());
        }
        placeCamera();

        stage.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            lastX = e.getX();
            lastY = e.getY();
        });
        stage.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            vm.orbit(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        stage.addEventHandler(ScrollEvent.SCROLL, e -> vm.zoom(Math.pow(1.002, e.getDeltaY())));
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private Node bar() {
        Label h = new Label("Height");
        Slider scale = new Slider(0.2, 3, 1);
        scale.setId("landscapeScale");
        scale.setPrefWidth(110);
        scale.valueProperty().bindBidirectional(vm.verticalScaleProperty());
        scale.setTooltip(new Tooltip("Vertical scale of the surface"));
        CheckBox log = new CheckBox("log");
        log.setId("landscapeLog");
        log.selectedProperty().bindBidirectional(vm.logHeightProperty());
        log.setTooltip(new Tooltip());
        log.getTooltip().textProperty().bind(vm.costWords().of(
                "Height ∝ log C: for surfaces whose values span orders of magnitude (Rosenbrock)"));
        CheckBox lines = new CheckBox("level lines");
        lines.selectedProperty().bindBidirectional(vm.levelLinesProperty());
        ToggleButton only = new ToggleButton("3-D only");
        only.setId("landscapeOnly");
        only.selectedProperty().bindBidirectional(vm.replacePlotProperty());
        only.setTooltip(new Tooltip("Show the 3-D view in place of the contour plot"));
        Button reset = new Button("Reset camera");
        reset.setOnAction(e -> vm.resetCamera());
        reset.setTooltip(new Tooltip("Drag to orbit, wheel to zoom; keys A/D turn, W/S tilt, E/Q zoom, 0 reset"));
        Button png = new Button("PNG…");
        png.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.setInitialFileName("landscape.png");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
            java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (f != null) {
                exportPng(f.toPath());
            }
        });
        FlowPane bar = new FlowPane(10, 6, h, scale, log, lines, only, reset, png);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.getStyleClass().add("landscape-bar");
        bar.setStyle("-fx-background-color: #eceff1;");
        return bar;
    }

    private void resize(Pane holder) {
        double w = Math.max(1, holder.getWidth());
        double h = Math.max(1, holder.getHeight());
        sub.setWidth(w);
        sub.setHeight(h);
        // the field of view spans the narrower side, so the surface fits beside the plot as well as alone
        camera.setVerticalFieldOfView(LandscapeCamera.verticalFieldOfView(w, h));
        sketch.setWidth(w);
        sketch.setHeight(h);
        repaintSketch();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case A -> vm.orbit(-20, 0);
            case D -> vm.orbit(20, 0);
            case W -> vm.orbit(0, 15);
            case S -> vm.orbit(0, -15);
            case E -> vm.zoom(1.15);
            case Q -> vm.zoom(1 / 1.15);
            case DIGIT0, NUMPAD0 -> vm.resetCamera();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void placeCamera() {
        camera.getTransforms().setAll(LandscapeCamera.of(vm.yawProperty().get(), vm.pitchProperty().get(),
                vm.distanceProperty().get()));
        repaintSketch();
    }

    private void showMesh(LandscapeMesh m) {
        if (m == null) {
            return;
        }
        surfaceMesh.getPoints().setAll(m.points());
        surfaceMesh.getTexCoords().setAll(m.texCoords());
        surfaceMesh.getFaces().setAll(m.faces());
        int[] smoothing = new int[m.faces().length / 6];
        java.util.Arrays.fill(smoothing, 1);
        surfaceMesh.getFaceSmoothingGroups().setAll(smoothing);
        WritableImage tex = new WritableImage(m.texWidth(), m.texHeight());
        tex.getPixelWriter().setPixels(0, 0, m.texWidth(), m.texHeight(), PixelFormat.getIntArgbInstance(), m.texture(), 0,
                m.texWidth());
        surfaceMaterial.setDiffuseMap(tex);
        repaintSketch();
    }

    private void showTubes(List<LandscapeViewModel.RunTube> tubes) {
        paths.getChildren().clear();
        // without 3-D support the sketch draws the paths; building meshes would only log JavaFX's warning
        for (LandscapeViewModel.RunTube t : threeD ? tubes : List.<LandscapeViewModel.RunTube>of()) {
            if (t.tube().count() < 2) {
                continue;
            }
            TriangleMesh mesh = new TriangleMesh();
            mesh.getPoints().setAll(t.tube().points());
            mesh.getTexCoords().setAll(0, 0);
            mesh.getFaces().setAll(t.tube().faces());
            MeshView view = new MeshView(mesh);
            view.setCullFace(CullFace.NONE);
            int c = t.argb();
            view.setMaterial(new PhongMaterial(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255)));
            paths.getChildren().add(view);
        }
        repaintSketch();
    }

    /**
     * One sphere per raced run, in its colour; re-made only when the number of runs changes. Without 3-D the
     * sketch draws them as discs.
     */
    private void placeRaceBalls(List<LandscapeViewModel.RunBall> balls) {
        repaintSketch();
        if (raceBalls.getChildren().size() != balls.size()) {
            raceBalls.getChildren().clear();
            for (int i = 0; i < balls.size(); i++) {
                raceBalls.getChildren().add(new Sphere(LandscapeFrame.BALL_RADIUS * 0.8));
            }
        }
        for (int i = 0; i < balls.size(); i++) {
            LandscapeViewModel.RunBall b = balls.get(i);
            Sphere s = (Sphere) raceBalls.getChildren().get(i);
            int c = b.argb();
            Color colour = Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255);
            if (!(s.getMaterial() instanceof PhongMaterial pm) || !colour.equals(pm.getDiffuseColor())) {
                s.setMaterial(new PhongMaterial(colour));
            }
            s.setTranslateX(b.at().getX());
            s.setTranslateY(b.at().getY());
            s.setTranslateZ(b.at().getZ());
        }
    }

    /** @return the raced runs' balls (for tests) */
    public Group raceBalls() {
        return raceBalls;
    }

    private void placeBall(Point3D p) {
        ball.setVisible(p != null);
        if (p != null) {
            ball.setTranslateX(p.getX());
            ball.setTranslateY(p.getY());
            ball.setTranslateZ(p.getZ());
        }
        repaintSketch();
    }

    /** The sketch repaints at most once per pulse. */
    private void repaintSketch() {
        if (threeD || sketchQueued) {
            return;
        }
        sketchQueued = true;
        Platform.runLater(() -> {
            sketchQueued = false;
            sketch.paint(vm.meshProperty().get(), vm.tubesProperty().get(), vm.ballProperty().get(), vm.raceBallsProperty().get(),
                    vm.yawProperty().get(), vm.pitchProperty().get(), vm.distanceProperty().get(), BACKGROUND);
        });
    }

    /** @return an image of the 3-D view (the SubScene, or the sketch without 3-D) */
    public WritableImage snapshotScene() {
        if (threeD) {
            return sub.snapshot(null, null);
        }
        sketch.paint(vm.meshProperty().get(), vm.tubesProperty().get(), vm.ballProperty().get(), vm.raceBallsProperty().get(),
                vm.yawProperty().get(), vm.pitchProperty().get(), vm.distanceProperty().get(), BACKGROUND);
        return sketch.snapshot(null, null);
    }

    /** Write the 3-D view as a PNG. */
    public void exportPng(Path file) {
        try {
            java.awt.image.BufferedImage image = SwingFXUtils.fromFXImage(snapshotScene(), null);
            org.gdlab.core.scenario.AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the ball (for tests) */
    public Sphere ball() {
        return ball;
    }

    /** @return true when the JavaFX 3-D pipeline draws the scene; false when the canvas sketch does */
    public boolean isThreeD() {
        return threeD;
    }

    private static Boolean threeDSupported;

    /**
     * @return whether JavaFX can draw 3-D here, asked once per program; where it cannot, no 3-D node is made
     *     after the view's own few (JavaFX logs a warning for every one: hundreds per session under Xvfb)
     */
    private static synchronized boolean threeDSupported() {
        if (threeDSupported == null) {
            threeDSupported = Platform.isSupported(ConditionalFeature.SCENE3D);
        }
        return threeDSupported;
    }
}
