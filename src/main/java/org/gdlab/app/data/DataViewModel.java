package org.gdlab.app.data;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.LatestWins;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.DataSpec;
import org.gdlab.core.data.PointMove;
import org.gdlab.core.data.Dataset;
import org.gdlab.core.data.LogisticCost;
import org.gdlab.core.data.Model;
import org.gdlab.core.data.Scaling;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.sim.RunConfig;

/**
 * What the data view shows while a data surface ({@link DataCost}) is on screen, and its editing commands.
 *
 * <p>Shown: the points in the data's own units ({@link #pointsProperty()}); the model's parameters at the
 * playback's step ({@link #currentProperty()}) and at the (w, b) under the mouse on the contour plot
 * ({@link #previewProperty()}), both mapped to the data's units when the features are scaled
 * ({@link Scaling#toOriginal}), so that ŷ = w·x + b is drawn over the unscaled points; the points of the
 * step's mini-batch ({@link #batchProperty()}, {@link org.gdlab.core.data.MiniBatches#indices} of the run's
 * batches, empty for a full-batch run); the frame ({@link DataFrame}), set when a dataset is chosen and kept
 * while it is edited, so the picture does not jump under the mouse.
 *
 * <p>Editing ({@link #movePoint}, {@link #addPoint}, {@link #removePoint}) changes the points at once
 * ({@link Dataset#withPoint}, {@link Dataset#without}); a move (a drag sends one per mouse event) is O(1) on
 * the JavaFX thread: the moved point's new place is kept beside the points ({@link MovedPoints}) and shows at
 * once through {@link #x1}, {@link #x2}, {@link #y} and {@link #position} ({@link #revisionProperty()} counts
 * the changes), and the worker copies the N points with it ({@link Dataset#moved}) when it builds the new
 * cost, which {@link #pointsProperty()} then holds. The new cost (its statistics,
 * its optimum — Newton's method for logistic) is built on the window's background worker, newest edit wins,
 * and then replaces the surface ({@link LabViewModel#replaceData}), which recomputes the contour picture and
 * the path off the JavaFX thread too. Logistic labels stay 0 or 1 (a point takes the label nearer to where
 * it is put). A {@code linear2} point has three coordinates, and the view shows two planes of them
 * ({@link #featureFrameProperty()}): in the feature plane (x₁, x₂) a point is moved, added
 * ({@link #addFeaturePoint}: its target is the current model's prediction, so it starts with residual 0)
 * or removed with its target kept; in the predicted-against-actual plane a sideways drag sets its target y
 * ({@link #moveTarget}; its height ŷ is the model's, not the student's).
 *
 * <p>Mutable; confined to the publisher's thread (the JavaFX thread in the app).
 */
public final class DataViewModel {

    /** above this many points the view draws every k-th point only, k = ⌈N / MAX_DRAWN⌉ */
    public static final int MAX_DRAWN = 10_000;
    /** at most this many moves since the cost on screen are applied to its statistics; beyond, it is rebuilt */
    static final int MAX_PENDING = 64;
    /** the head of the status line's sentence when an edit cannot be applied */
    public static final String EDIT_FAILURE = "Could not change the data";

    private final LabViewModel lab;
    private final LatestWins<Edited> editWorker;
    private final ReadOnlyBooleanWrapper dataMode = new ReadOnlyBooleanWrapper(this, "dataMode", false);
    private final ReadOnlyObjectWrapper<Dataset> points = new ReadOnlyObjectWrapper<>(this, "points");
    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<DataFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyObjectWrapper<DataFrame> featureFrame = new ReadOnlyObjectWrapper<>(this, "featureFrame");
    private final ReadOnlyObjectWrapper<Vec2> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Vec2> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<int[]> batch = new ReadOnlyObjectWrapper<>(this, "batch", new int[0]);
    private final javafx.beans.property.ReadOnlyLongWrapper revision = new javafx.beans.property.ReadOnlyLongWrapper(this,
            "revision");
    /** the points moved since {@link #points} was copied (a drag's newest places) */
    private final MovedPoints moved = new MovedPoints();
    /** counts the changes of the points other than moves (a dataset chosen, a point added or removed) */
    private long structure;
    private DataCost cost;
    private boolean ownEdit;
    /** edits counted from 1; the newest whose cost is on screen; the newest that asked for a rebuild */
    private long editSeq;
    private long publishedSeq;
    private long rebuildSeq;
    /** the moves since the cost on screen, when all edits since it were moves */
    private final java.util.List<Pending> pending = new java.util.ArrayList<>();

    /** @param lab the window's root view model (its background builds the edited costs) */
    public DataViewModel(LabViewModel lab) {
        this.lab = lab;
        this.editWorker = lab.background().latestWins(EDIT_FAILURE);
        lab.surfaceProperty().addListener(o -> surfaceChanged());
        lab.pathProperty().addListener(o -> stepChanged());
        lab.playback().stepProperty().addListener(o -> stepChanged());
        lab.plot().hoverPointProperty().addListener(o -> previewChanged());
        surfaceChanged();
    }

    private void surfaceChanged() {
        DataCost c = lab.surfaceProperty().get() instanceof DataCost d ? d : null;
        cost = c;
        dataMode.set(c != null);
        if (c == null) {
            return;
        }
        if (!ownEdit) { // a newly chosen dataset: its points and a frame around them
            pending.clear();
            moved.clear();
            structure++;
            publishedSeq = editSeq;
            rebuildSeq = 0;
            points.set(c.spec().data());
            model.set(c.spec().model());
            frame.set(DataFrame.of(c.spec().data(), c.spec().model()));
            featureFrame.set(c.spec().model() == Model.LINEAR2 ? DataFrame.ofFeatures(c.spec().data()) : null);
        }
        stepChanged();
        previewChanged();
    }

    private void stepChanged() {
        PlannedPath p = lab.pathProperty().get();
        if (cost == null || p == null || p.size() == 0) {
            current.set(null);
            batch.set(new int[0]);
            return;
        }
        int k = Math.min(lab.playback().step(), p.size() - 1);
        current.set(toData(new Vec2(p.x(k), p.y(k))));
        RunConfig c = p.config();
        boolean sameData = c.function() instanceof DataCost d && d.spec().data().size() == points.get().size();
        batch.set(c.miniBatch() && sameData && p.hasStepAfter(k) ? c.miniBatches().indices(k) : new int[0]);
    }

    private void previewChanged() {
        Vec2 h = lab.plot().hoverPointProperty().get();
        preview.set(cost == null || h == null ? null : toData(h));
    }

    /** @return parameters p of the cost (scaled units when the features are scaled) in the data's units */
    private Vec2 toData(Vec2 p) {
        Optional<Scaling> s = cost.scaling();
        return s.isPresent() ? s.get().toOriginal(p) : p;
    }

    // ---------------------------------------------------------------- what the model predicts

    /**
     * @param params (w, b) in the data's units ({@link #currentProperty()}, {@link #previewProperty()})
     * @return the model's output at feature x: w·x + b ({@code linear}) or σ(w·x + b) ({@code logistic})
     */
    public static double predict(Model model, Vec2 params, double x) {
        double z = params.x() * x + params.y();
        return model == Model.LOGISTIC ? LogisticCost.sigmoid(z) : z;
    }

    /** @return ŷᵢ of point i: {@link #predict} of its x, or w₁·x₁ᵢ + w₂·x₂ᵢ for {@code linear2} */
    public double predicted(Vec2 params, int i) {
        return model.get() == Model.LINEAR2 ? params.x() * x1(i) + params.y() * x2(i)
                : predict(model.get(), params, x1(i));
    }

    /** @return point i's first feature now (a point being dragged: where it is, before the points are copied) */
    public double x1(int i) {
        return moved.x1(points.get(), i);
    }

    /** @return point i's second feature now (0 for one feature) */
    public double x2(int i) {
        return moved.x2(points.get(), i);
    }

    /** @return point i's target now */
    public double y(int i) {
        return moved.y(points.get(), i);
    }

    /** @return the step between drawn points: 1 up to {@link #MAX_DRAWN} points, else ⌈N / MAX_DRAWN⌉ */
    public int stride() {
        Dataset d = points.get();
        return d == null ? 1 : (d.size() + MAX_DRAWN - 1) / MAX_DRAWN;
    }

    /** @return point i's position in the view: (xᵢ, yᵢ), or (yᵢ, ŷᵢ) at the current step for {@code linear2} */
    public Vec2 position(int i) {
        if (model.get() == Model.LINEAR2) {
            Vec2 c = current.get();
            return new Vec2(y(i), c == null ? y(i) : predicted(c, i));
        }
        return new Vec2(x1(i), y(i));
    }

    /**
     * @return the drawn point nearest to (x, y) within the ellipse of radii (rx, ry) (data units), or −1
     */
    public int pointNear(double x, double y, double rx, double ry) {
        Dataset d = points.get();
        if (d == null) {
            return -1;
        }
        return nearest(d, x, y, rx, ry, false);
    }

    /**
     * @return for {@code linear2}, the drawn point whose features (x₁ᵢ, x₂ᵢ) are nearest to (x1, x2) within the
     *     ellipse of radii (rx, ry), or −1 (also for the other models)
     */
    public int featurePointNear(double x1, double x2, double rx, double ry) {
        Dataset d = points.get();
        return d == null || model.get() != Model.LINEAR2 ? -1 : nearest(d, x1, x2, rx, ry, true);
    }

    private int nearest(Dataset d, double x, double y, double rx, double ry, boolean features) {
        int best = -1;
        double bestD = 1;
        for (int i = 0; i < d.size(); i += stride()) {
            Vec2 p = features ? new Vec2(x1(i), x2(i)) : position(i);
            double dx = (p.x() - x) / rx;
            double dy = (p.y() - y) / ry;
            double dd = dx * dx + dy * dy;
            if (dd <= bestD) {
                bestD = dd;
                best = i;
            }
        }
        return best;
    }

    /** @return true when a data surface is on screen, whose points can be edited in the view */
    public boolean editable() {
        return cost != null;
    }

    private boolean oneFeature() {
        return editable() && model.get() != Model.LINEAR2;
    }

    private boolean twoFeatures() {
        return editable() && model.get() == Model.LINEAR2;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Move point i to (x, y) in the data's units (logistic: the label nearer to y); {@code linear} and
     * {@code logistic} only (a {@code linear2} point: {@link #moveFeatures}, {@link #moveTarget}).
     */
    public void movePoint(int i, double x, double y) {
        if (oneFeature() && i >= 0 && i < points.get().size()) {
            move(i, x, 0, target(y));
        }
    }

    /** Add the point (x, y) in the data's units (logistic: the label nearer to y); not {@code linear2}. */
    public void addPoint(double x, double y) {
        if (oneFeature()) {
            replacePoints(pointsNow().withPoint(x, 0, target(y)));
        }
    }

    /** {@code linear2}: move point i's features to (x1, x2) in the data's units; its target y stays. */
    public void moveFeatures(int i, double x1, double x2) {
        if (twoFeatures() && i >= 0 && i < points.get().size()) {
            move(i, x1, x2, y(i));
        }
    }

    /** {@code linear2}: set point i's target to y (data units); its features stay. */
    public void moveTarget(int i, double y) {
        if (twoFeatures() && i >= 0 && i < points.get().size()) {
            move(i, x1(i), x2(i), y);
        }
    }

    /**
     * {@code linear2}: add a point with features (x1, x2) whose target is the current model's prediction
     * w₁·x1 + w₂·x2 (0 before there is a path): it starts on the fit, with residual 0, and a sideways drag in
     * the predicted-against-actual plane gives it another target.
     */
    public void addFeaturePoint(double x1, double x2) {
        if (twoFeatures()) {
            Vec2 c = current.get();
            double y = c == null ? 0 : c.x() * x1 + c.y() * x2;
            replacePoints(pointsNow().withPoint(x1, x2, y));
        }
    }

    /** Remove point i; the last point stays (a dataset has at least one), and the status line says so. */
    public void removePoint(int i) {
        if (!editable() || i < 0 || i >= points.get().size()) {
            return;
        }
        if (points.get().size() == 1) {
            lab.problems().report(EDIT_FAILURE, "a dataset keeps at least one point");
            return;
        }
        replacePoints(pointsNow().without(i));
    }

    private double target(double y) {
        return model.get() == Model.LOGISTIC ? (y >= 0.5 ? 1 : 0) : y;
    }

    /** @return the points now, moved points included: a copy when points were moved since the last one */
    private Dataset pointsNow() {
        return moved.isEmpty() ? points.get() : MovedPoints.appliedTo(points.get(), moved.snapshot());
    }

    /**
     * Point i moves to (x1, x2, y): O(1) here, whatever N. Its new place is kept in {@link #moved} and the
     * worker copies the points with every place kept so far, then builds the cost. A move whose predecessors
     * since the cost on screen were all moves too is applied to that cost's statistics
     * ({@link DataCost#withMoves}: Welford, O(1) per move for linear) together with those predecessors, so
     * the result never depends on an edit whose job was dropped (newest wins); after any other edit the cost
     * is rebuilt from the points, and so it is for the moves until that rebuilt cost is on screen. So that a
     * move stays O(1) here when the worker falls behind, more than {@link #MAX_PENDING} moves since the cost
     * on screen are not listed but rebuilt from the points too (on the worker).
     */
    private void move(int i, double x1, double x2, double y) {
        PointMove m = new PointMove(i, x1(i), x2(i), y(i), x1, x2, y);
        long seq = ++editSeq;
        moved.put(i, seq, x1, x2, y);
        revision.set(revision.get() + 1);
        Dataset base = points.get();
        java.util.Map<Integer, MovedPoints.Place> places = moved.snapshot();
        java.util.concurrent.Callable<Edited> job;
        if (rebuildSeq <= publishedSeq && pending.size() < MAX_PENDING) {
            pending.add(new Pending(seq, m));
            DataCost from = cost;
            java.util.List<PointMove> moves = pending.stream().map(Pending::move).toList();
            job = () -> {
                Dataset d = MovedPoints.appliedTo(base, places);
                return new Edited(d, from.withMoves(d, moves));
            };
        } else {
            rebuildSeq = seq;
            pending.clear();
            DataSpec spec = cost.spec();
            job = () -> {
                Dataset d = MovedPoints.appliedTo(base, places);
                return new Edited(d, spec.withData(d).cost());
            };
        }
        submit(seq, job);
    }

    /** The points become d at once (a point added or removed); the cost over d is rebuilt on the worker. */
    private void replacePoints(Dataset d) {
        moved.clear();
        structure++;
        points.set(d);
        long seq = ++editSeq;
        rebuildSeq = seq;
        pending.clear();
        DataSpec spec = cost.spec().withData(d);
        submit(seq, () -> new Edited(d, spec.cost()));
    }

    /**
     * Builds edit seq's cost on the worker; on the JavaFX thread its copy of the points replaces the points
     * (unless points were added, removed or chosen since: that copy is out of date) and its cost the surface.
     */
    private void submit(long seq, java.util.concurrent.Callable<Edited> job) {
        long structureThen = structure;
        editWorker.submit(job, e -> {
            publishedSeq = seq;
            pending.removeIf(p -> p.seq() <= seq);
            if (structureThen == structure) {
                points.set(e.points());
                moved.forgetUpTo(seq);
            }
            ownEdit = true;
            try {
                lab.replaceData(e.cost());
            } finally {
                ownEdit = false;
            }
        });
    }

    /** The worker's result: the points with the moves copied in, and the cost over them. */
    private record Edited(Dataset points, DataCost cost) {
    }

    private record Pending(long seq, PointMove move) {
    }

    // ---------------------------------------------------------------- properties

    /** @return true while a data surface is on screen */
    public ReadOnlyBooleanProperty dataModeProperty() {
        return dataMode.getReadOnlyProperty();
    }

    /**
     * @return the points in the data's own units (an added or removed point shows here at once, a moved one
     *     when the worker has copied the points: {@link #x1}, {@link #x2}, {@link #y} show it at once); null
     *     before any data surface
     */
    public ReadOnlyObjectProperty<Dataset> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** @return for {@code linear2}, the rectangle of the feature plane (x₁, x₂) shown; null for the other models */
    public ReadOnlyObjectProperty<DataFrame> featureFrameProperty() {
        return featureFrame.getReadOnlyProperty();
    }

    /** @return counts the moves, each shown at once through {@link #x1}, {@link #x2}, {@link #y}: the view repaints */
    public javafx.beans.property.ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** @return the model of the data surface */
    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** @return the rectangle of the data plane shown */
    public ReadOnlyObjectProperty<DataFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** @return (w, b) at the playback's step in the data's units, null when there is no path */
    public ReadOnlyObjectProperty<Vec2> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** @return (w, b) under the mouse on the contour plot in the data's units, null when the mouse is elsewhere */
    public ReadOnlyObjectProperty<Vec2> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** @return the indices of the points in the step's mini-batch; empty for full-batch runs and at the last step */
    public ReadOnlyObjectProperty<int[]> batchProperty() {
        return batch.getReadOnlyProperty();
    }
}
