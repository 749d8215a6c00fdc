package org.gdlab.app.race;

import java.util.List;
import org.gdlab.core.optim.OptimizerKind;

/**
 * The prepared races. Each entry is an optimizer with its learning rate: {@link Double#NaN} means "the main
 * run's α" (so GD, momentum and normalized GD start from what the student has tuned), a number is the rate
 * that makes that optimizer cross a view of width ~10 in a few hundred steps.
 */
public enum RacePreset {
    /** What the velocity adds: GD and heavy-ball momentum with the same α. */
    GD_VS_MOMENTUM("GD vs momentum", List.of(entry(OptimizerKind.GD, Double.NaN), entry(OptimizerKind.MOMENTUM, Double.NaN))),
    /** Per-coordinate step sizes: Adagrad, RMSprop, Adam (and GD for reference). */
    ADAPTIVE_FAMILY("the adaptive family", List.of(entry(OptimizerKind.GD, Double.NaN), entry(OptimizerKind.ADAGRAD, 0.5),
            entry(OptimizerKind.RMSPROP, 0.05), entry(OptimizerKind.ADAM, 0.1))),
    /** What the gradient's magnitude contributes: GD and normalized GD. */
    GD_VS_NORMALIZED("GD vs normalized GD", List.of(entry(OptimizerKind.GD, Double.NaN), entry(OptimizerKind.NORMALIZED, 0.1))),
    /** What curvature adds: GD and Newton's method. */
    GD_VS_NEWTON("GD vs Newton", List.of(entry(OptimizerKind.GD, Double.NaN), entry(OptimizerKind.NEWTON, 1.0)));

    /** @param optimizer which optimizer @param learningRate its α, NaN for the main run's */
    public record Entry(OptimizerKind optimizer, double learningRate) {
    }

    private final String displayName;
    private final List<Entry> entries;

    RacePreset(String displayName, List<Entry> entries) {
        this.displayName = displayName;
        this.entries = entries;
    }

    private static Entry entry(OptimizerKind k, double lr) {
        return new Entry(k, lr);
    }

    /** @return the name on the button, e.g. "GD vs momentum" */
    public String displayName() {
        return displayName;
    }

    /** @return the runs, in colour order */
    public List<Entry> entries() {
        return entries;
    }
}
