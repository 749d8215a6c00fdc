package org.gdlab.app.landscape;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point3D;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.surface.Surface;

/**
 * The 3-D landscape's state: whether it is shown (beside the plot or in its place), the vertical scale,
 * log height and painted level lines, the orbit camera (yaw, pitch, distance), and what it shows: the mesh
 * of the surface over the plot's current view, the tubes of the runs' paths, and the ball at the current
 * iterate.
 *
 * <p>While shown, the mesh is built again (a latest-wins kind of the window's
 * {@link org.gdlab.app.viewmodel.Background}) whenever the plot's contour picture (surface, view, colour map,
 * levels) or a height setting changes, and published on its publisher; when building fails the last mesh
 * stays and the status line says why. While hidden nothing is built, and a change of the picture drops the
 * mesh (showing it again builds the current one). The tubes
 * (a loop over the runs; today the one planned run) are rebuilt on the publisher when a path or the mesh
 * changes, and the ball moves with the playback step. Mutable; confined to the publisher's thread.
 */
public final class LandscapeViewModel {

    /** the default camera: yaw and pitch in degrees, distance in scene units */
    public static final double YAW = -30;
    public static final double PITCH = 38;
    public static final double DISTANCE = 850;
    /** the head of the status line's sentence when the mesh cannot be built */
    public static final String FAILURE = "Could not build the 3-D landscape";

    /** One run's path on the surface. @param argb its colour */
    public record RunTube(String name, PathTube tube, int argb) {
    }

    /** Where a raced run's current iterate sits on the surface. @param argb its colour */
    public record RunBall(Point3D at, int argb) {
    }

    private final LabViewModel lab;
    private final LatestWins<LandscapeMesh> worker;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final BooleanProperty replacePlot = new SimpleBooleanProperty(this, "replacePlot", false);
    private final DoubleProperty verticalScale = new SimpleDoubleProperty(this, "verticalScale", 1);
    private final BooleanProperty logHeight = new SimpleBooleanProperty(this, "logHeight", false);
    private final BooleanProperty levelLines = new SimpleBooleanProperty(this, "levelLines", true);
    private final DoubleProperty yaw = new SimpleDoubleProperty(this, "yaw", YAW);
    private final DoubleProperty pitch = new SimpleDoubleProperty(this, "pitch", PITCH);
    private final DoubleProperty distance = new SimpleDoubleProperty(this, "distance", DISTANCE);
    private final ReadOnlyObjectWrapper<LandscapeMesh> mesh = new ReadOnlyObjectWrapper<>(this, "mesh");
    private final ReadOnlyObjectWrapper<List<RunTube>> tubes = new ReadOnlyObjectWrapper<>(this, "tubes", List.of());
    private final ReadOnlyObjectWrapper<Point3D> ball = new ReadOnlyObjectWrapper<>(this, "ball");
    private final ReadOnlyObjectWrapper<List<RunBall>> raceBalls = new ReadOnlyObjectWrapper<>(this, "raceBalls", List.of());
    private org.gdlab.app.race.RaceViewModel race;

    /**
     * @param lab the window's view model (read only; meshes are built on its background)
     */
    /** @return the window's fixed texts about the cost in the surface's letter (log J on data) */
    public org.gdlab.app.viewmodel.CostWords costWords() {
        return lab.costWords();
    }

    public LandscapeViewModel(LabViewModel lab) {
        this.lab = lab;
        this.worker = lab.background().latestWins(FAILURE);
        logHeight.set(lab.surfaceProperty().get() != null && lab.surfaceProperty().get().description().logLevels());
        lab.surfaceProperty().addListener((o, was, is) -> {
            if (is != null) {
                logHeight.set(is.description().logLevels());
            }
        });
        for (Observable o : List.of(lab.plot().pictureProperty(), verticalScale, logHeight, levelLines, shown)) {
            o.addListener(x -> requestMesh());
        }
        // hidden, nothing is built: a mesh of a picture that has changed since is dropped, so that showing
        // the landscape again never shows another surface or view while the new mesh is built
        lab.plot().pictureProperty().addListener(o -> {
            if (!shown.get()) {
                mesh.set(null);
            }
        });
        for (Observable o : List.of(lab.pathProperty(), mesh)) {
            o.addListener(x -> rebuildTubes());
        }
        lab.playback().stepProperty().addListener(o -> moveBall());
    }

    // ---------------------------------------------------------------- commands

    /** Orbit by a mouse movement of (dx, dy) pixels: 0.4° of yaw per pixel, 0.3° of pitch (kept in 5°…89°). */
    public void orbit(double dx, double dy) {
        yaw.set(yaw.get() + 0.4 * dx);
        pitch.set(Math.max(5, Math.min(89, pitch.get() + 0.3 * dy)));
    }

    /** Zoom by a factor (&gt; 1 closer); the distance stays in 250…4000. */
    public void zoom(double factor) {
        distance.set(Math.max(250, Math.min(4000, distance.get() / factor)));
    }

    /** The default camera. */
    public void resetCamera() {
        yaw.set(YAW);
        pitch.set(PITCH);
        distance.set(DISTANCE);
    }

    /** Show or hide the landscape. */
    public void toggleShown() {
        shown.set(!shown.get());
    }

    // ---------------------------------------------------------------- internals

    private void requestMesh() {
        ContourPicture p = lab.plot().pictureProperty().get();
        Surface s = lab.surfaceProperty().get();
        if (!shown.get() || p == null || s == null) {
            return;
        }
        boolean log = logHeight.get();
        double scale = Math.max(0.05, verticalScale.get());
        boolean lines = levelLines.get();
        worker.submit(() -> LandscapeMesh.build(s, p, LandscapeMesh.DEFAULT_N, log, scale, lines), mesh::set);
    }

    /**
     * Draws the race's visible runs too: one tube per run in its colour and a ball at its current iterate,
     * rebuilt when the race publishes new paths.
     */
    public void attachRace(org.gdlab.app.race.RaceViewModel r) {
        this.race = r;
        r.revisionProperty().addListener(o -> rebuildTubes());
        rebuildTubes();
    }

    /** One tube per run: the planned main run in white as on the plot, then each visible raced run in its colour. */
    private void rebuildTubes() {
        LandscapeMesh m = mesh.get();
        PlannedPath p = lab.pathProperty().get();
        if (m == null || p == null) {
            tubes.set(List.of());
            moveBall();
            return;
        }
        List<RunTube> out = new java.util.ArrayList<>();
        for (PlannedPath run : List.of(p)) {
            out.add(new RunTube("run", tube(m, run), 0xFFFFFFFF));
        }
        for (org.gdlab.app.race.RunModel r : raceRuns()) {
            out.add(new RunTube(r.label(), tube(m, r.pathProperty().get().path()), r.color().argb()));
        }
        tubes.set(List.copyOf(out));
        moveBall();
    }

    private static PathTube tube(LandscapeMesh f, PlannedPath p) {
        int n = p.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = p.x(k);
            y[k] = p.y(k);
            c[k] = p.cost(k);
        }
        return PathTube.build(f, x, y, c, n);
    }

    private void moveBall() {
        LandscapeMesh m = mesh.get();
        PlannedPath p = lab.pathProperty().get();
        if (m == null || p == null || p.size() == 0) {
            ball.set(null);
            return;
        }
        int k = Math.max(0, Math.min(lab.playback().step(), p.size() - 1));
        ball.set(position(m, p, k));
        List<RunBall> balls = new java.util.ArrayList<>();
        for (org.gdlab.app.race.RunModel r : raceRuns()) {
            PlannedPath q = r.pathProperty().get().path();
            if (q.size() > 0) {
                int j = Math.max(0, Math.min(lab.playback().step(), q.size() - 1));
                balls.add(new RunBall(position(m, q, j), r.color().argb()));
            }
        }
        raceBalls.set(List.copyOf(balls));
    }

    /** @return the raced runs that are shown and have a planned path */
    private List<org.gdlab.app.race.RunModel> raceRuns() {
        if (race == null) {
            return List.of();
        }
        return race.visibleRuns().stream().filter(r -> r.pathProperty().get() != null).toList();
    }

    /** @return the balls of the raced runs (the main run's is {@link #ballProperty()}) */
    public ReadOnlyObjectProperty<List<RunBall>> raceBallsProperty() {
        return raceBalls.getReadOnlyProperty();
    }

    /** @return the scene position of the ball at iterate k: on the surface (or the mesh over it), lifted by its radius */
    public static Point3D position(LandscapeMesh m, PlannedPath p, int k) {
        double[] q = m.onSurface(p.x(k), p.y(k), p.cost(k));
        return new Point3D(q[0], q[1] - LandscapeFrame.BALL_RADIUS, q[2]);
    }

    // ---------------------------------------------------------------- properties

    public BooleanProperty shownProperty() {
        return shown;
    }

    /** @return true: the landscape takes the plot's place; false: it is shown beside the plot */
    public BooleanProperty replacePlotProperty() {
        return replacePlot;
    }

    /** @return the height multiplier, 0.2 to 3 in the UI */
    public DoubleProperty verticalScaleProperty() {
        return verticalScale;
    }

    public BooleanProperty logHeightProperty() {
        return logHeight;
    }

    public BooleanProperty levelLinesProperty() {
        return levelLines;
    }

    /** @return the camera's turn about the vertical, degrees */
    public DoubleProperty yawProperty() {
        return yaw;
    }

    /** @return the camera's elevation above the horizon, degrees */
    public DoubleProperty pitchProperty() {
        return pitch;
    }

    public DoubleProperty distanceProperty() {
        return distance;
    }

    public ReadOnlyObjectProperty<LandscapeMesh> meshProperty() {
        return mesh.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<RunTube>> tubesProperty() {
        return tubes.getReadOnlyProperty();
    }

    /** @return where the ball is (scene coordinates), null when there is nothing to show */
    public ReadOnlyObjectProperty<Point3D> ballProperty() {
        return ball.getReadOnlyProperty();
    }
}
