package org.gdlab.app.curvature;

import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.gdlab.app.race.RacePath;
import org.gdlab.app.race.RaceViewModel;
import org.gdlab.app.race.RunModel;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.analysis.LocalCurvature;
import org.gdlab.core.math.Sym2;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.surface.Surface;

/**
 * The local quadratic model at the current point w_k of the selected run (the main run when none is
 * selected): H = ∇²C(w_k), its eigenvalues λmin ≤ λmax and eigenvectors, κ, the kind of point, the largest
 * stable rate 2/λmax and the best constant rate 2/(λmin + λmax); and the stability limit at the start
 * point for the α slider's marker. Updated synchronously (a 2×2 eigen-solve) when the step, a path, the
 * surface, the start or α change.
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class CurvatureViewModel {

    private final RaceViewModel race;
    private final ReadOnlyObjectWrapper<LocalCurvature> curvature = new ReadOnlyObjectWrapper<>(this, "curvature");
    private final ReadOnlyObjectWrapper<Vec2> point = new ReadOnlyObjectWrapper<>(this, "point");
    private final ReadOnlyObjectWrapper<Vec2> gradient = new ReadOnlyObjectWrapper<>(this, "gradient");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<StabilityLimit> startLimit = new ReadOnlyObjectWrapper<>(this, "startLimit");
    private final BooleanProperty showEigenvectors = new SimpleBooleanProperty(this, "showEigenvectors", false);
    private final BooleanProperty showModel = new SimpleBooleanProperty(this, "showModel", false);

    public CurvatureViewModel(RaceViewModel race) {
        this.race = race;
        LabViewModel lab = race.lab();
        for (Observable o : new Observable[] {lab.playback().stepProperty(), lab.pathProperty(), race.revisionProperty(),
                lab.surfaceProperty(), lab.startXProperty(), lab.startYProperty(), lab.learningRateProperty()}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /** Recompute now. */
    public void refresh() {
        LabViewModel lab = race.lab();
        Surface s = lab.surfaceProperty().get();
        if (s == null) {
            return;
        }
        startLimit.set(StabilityLimit.at(s, new Vec2(lab.startXProperty().get(), lab.startYProperty().get()),
                lab.learningRateProperty().get()));
        PlannedPath p = currentPath();
        Vec2 w;
        double alpha;
        if (p != null && p.size() > 0) {
            int k = Math.min(lab.playback().step(), p.size() - 1);
            w = new Vec2(p.x(k), p.y(k));
            alpha = p.learningRate(k);
        } else {
            w = new Vec2(lab.startXProperty().get(), lab.startYProperty().get());
            alpha = lab.learningRateProperty().get();
        }
        LocalCurvature lc = LocalCurvature.at(s, w);
        point.set(w);
        gradient.set(s.gradient(w));
        curvature.set(lc);
        text.set(describe(lc, w, alpha));
    }

    private PlannedPath currentPath() {
        RunModel r = race.selectedProperty().get();
        RacePath rp = r == null ? null : r.pathProperty().get();
        return rp != null ? rp.path() : race.lab().pathProperty().get();
    }

    /** @return the panel's text for the model lc at w with the current step's α */
    static String describe(LocalCurvature lc, Vec2 w, double alpha) {
        Sym2 h = lc.hessian();
        StringBuilder b = new StringBuilder();
        b.append("at w = ").append(Numbers.vec(w.x(), w.y())).append('\n');
        b.append(String.format(Locale.ROOT, "H = ⎡%10s %10s⎤%n    ⎣%10s %10s⎦%n",
                Numbers.sig3(h.xx()), Numbers.sig3(h.xy()), Numbers.sig3(h.xy()), Numbers.sig3(h.yy())));
        b.append("λmin = ").append(Numbers.sig3(lc.lambdaMin())).append("   λmax = ").append(Numbers.sig3(lc.lambdaMax())).append('\n');
        b.append("κ = ").append(Numbers.sig3(lc.conditionNumber())).append("   ").append(kindWords(lc)).append('\n');
        b.append("2/λmax = ").append(lc.maxStableLearningRate().isPresent() ? Numbers.sig3(lc.maxStableLearningRate().getAsDouble())
                : Double.isNaN(lc.lambdaMax()) ? "none (H is not finite here)" : "none (λmax ≤ 0)").append('\n');
        b.append("2/(λmin+λmax) = ").append(lc.optimalLearningRate().isPresent() ? Numbers.sig3(lc.optimalLearningRate().getAsDouble())
                : "none (not a bowl)").append('\n');
        b.append("ρ(α) = max|1 − αλ| = ").append(Numbers.sig3(lc.contractionFactor(alpha))).append(" at α = ").append(Numbers.sig3(alpha));
        return b.toString();
    }

    private static String kindWords(LocalCurvature lc) {
        return switch (lc.kind()) {
            case MINIMUM -> "bowl (curves up both ways)";
            case MAXIMUM -> "dome (curves down both ways)";
            case SADDLE -> "saddle (up one way, down the other)";
            case DEGENERATE -> "flat in one direction";
        };
    }

    /** @return the local curvature at the current point */
    public ReadOnlyObjectProperty<LocalCurvature> curvatureProperty() {
        return curvature.getReadOnlyProperty();
    }

    /** @return the current point w_k */
    public ReadOnlyObjectProperty<Vec2> pointProperty() {
        return point.getReadOnlyProperty();
    }

    /** @return ∇C at the current point */
    public ReadOnlyObjectProperty<Vec2> gradientProperty() {
        return gradient.getReadOnlyProperty();
    }

    /** @return the panel's text */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** @return 2/λmax at the start point and the main α's ratio to it (the α slider's marker) */
    public ReadOnlyObjectProperty<StabilityLimit> startLimitProperty() {
        return startLimit.getReadOnlyProperty();
    }

    /** @return whether the plot shows the eigenvector directions at w_k */
    public BooleanProperty showEigenvectorsProperty() {
        return showEigenvectors;
    }

    /** @return whether the plot shows the local quadratic model's level ellipse through w_k */
    public BooleanProperty showModelProperty() {
        return showModel;
    }

    /** @return the race */
    public RaceViewModel race() {
        return race;
    }
}
