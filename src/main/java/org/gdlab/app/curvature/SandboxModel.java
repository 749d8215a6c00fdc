package org.gdlab.app.curvature;

import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.ParameterModel;
import org.gdlab.app.viewmodel.PlannedPath;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.builtin.Quadratic;
import org.gdlab.core.sweep.ConvergencePrediction;

/**
 * The conditioning sandbox on {@code quadratic}: κ and θ are the surface's own parameters (the sliders
 * bind to the {@link LabViewModel}'s {@link ParameterModel}s), and for the main run's α and start the
 * theory's contraction factor ρ(α) = max|1 − αλ| and predicted steps ⌈log(ε/d)/log ρ⌉ (see
 * {@link ConvergencePrediction}) stand beside the number of steps the planned GD path measured to get its
 * worst-direction error |P(w_k − w*)| below ε. The measurement is shown only for plain GD with a constant
 * α, no noise and no clipping (what the closed form describes).
 *
 * <p>Mutable; confined to the JavaFX thread (or the test thread).
 */
public final class SandboxModel {

    /** the default tolerance ε */
    public static final double DEFAULT_TOLERANCE = 1e-4;

    private final LabViewModel lab;
    private final DoubleProperty tolerance = new SimpleDoubleProperty(this, "tolerance", DEFAULT_TOLERANCE);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyObjectWrapper<ConvergencePrediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyObjectWrapper<OptionalInt> measured = new ReadOnlyObjectWrapper<>(this, "measured", OptionalInt.empty());
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public SandboxModel(LabViewModel lab) {
        this.lab = lab;
        for (Observable o : new Observable[] {lab.pathProperty(), lab.surfaceProperty(), tolerance}) {
            o.addListener(x -> refresh());
        }
        refresh();
    }

    /** Recompute now (from the planned main path). */
    public void refresh() {
        Surface s = lab.surfaceProperty().get();
        PlannedPath p = lab.pathProperty().get();
        boolean on = s != null && Quadratic.ID.equals(lab.surfaceIdProperty().get()) && p != null && p.size() > 0;
        active.set(on);
        if (!on) {
            prediction.set(null);
            measured.set(OptionalInt.empty());
            text.set("The sandbox works on the surface 'quadratic' (choose it above): its κ and θ sliders change the valley.");
            return;
        }
        RunConfig c = p.config();
        Vec2 minimum = s.description().minima().get(0).at();
        ConvergencePrediction pr = ConvergencePrediction.forGd(s.hessian(minimum), minimum, c.start(), c.learningRate(), tolerance.get());
        prediction.set(pr);
        boolean plain = c.optimizer() == OptimizerKind.GD && "constant".equals(lab.scheduleProperty().get().trim())
                && c.noise() == 0 && !(c.clip() > 0) && p.changes().isEmpty();
        OptionalInt m = plain ? measure(pr, p) : OptionalInt.empty();
        measured.set(m);
        StringBuilder b = new StringBuilder();
        b.append("λ = ").append(Numbers.sig3(pr.lambdaMin())).append(" and ").append(Numbers.sig3(pr.lambdaMax()))
                .append(";  α = ").append(Numbers.sig3(c.learningRate())).append('\n');
        b.append("ρ(α) = max|1 − αλ| = ").append(Numbers.sig(pr.contractionFactor(), 4))
                .append(pr.contractionFactor() >= 1 ? "  ≥ 1: diverges" : "").append('\n');
        b.append("predicted steps to error ≤ ").append(Numbers.sig3(tolerance.get())).append(": ")
                .append(pr.converges() ? String.valueOf((long) pr.predictedSteps()) : "never").append('\n');
        b.append("measured on the path: ");
        if (!plain) {
            b.append("— (the formula is for plain GD, constant α, no noise or clipping)");
        } else if (m.isPresent()) {
            b.append(m.getAsInt());
        } else {
            b.append("not within ").append(p.size() - 1).append(" steps");
        }
        text.set(b.toString());
    }

    /** @return the first k with |P(w_k − w*)| ≤ ε along the path, if any */
    static OptionalInt measure(ConvergencePrediction pr, PlannedPath p) {
        for (int k = 0; k < p.size(); k++) {
            if (pr.errorNorm(new Vec2(p.x(k), p.y(k))) <= pr.tolerance()) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    /** @return the lab's parameter named name (kappa, theta), when the quadratic is shown */
    public Optional<ParameterModel> parameter(String name) {
        return lab.parameters().stream().filter(p -> p.spec().name().equals(name)).findFirst();
    }

    /** @return ε, the error to reach */
    public DoubleProperty toleranceProperty() {
        return tolerance;
    }

    /** @return true while the quadratic is shown */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** @return the closed-form prediction, null when inactive */
    public ReadOnlyObjectProperty<ConvergencePrediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** @return the measured steps, empty when not measured or not reached */
    public ReadOnlyObjectProperty<OptionalInt> measuredProperty() {
        return measured.getReadOnlyProperty();
    }

    /** @return the sandbox's text */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** @return the main run */
    public LabViewModel lab() {
        return lab;
    }
}
