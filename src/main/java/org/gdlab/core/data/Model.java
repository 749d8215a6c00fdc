package org.gdlab.core.data;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gdlab.core.surface.EditDistance;

/**
 * The two-parameter models of data mode; the parameter plane (p, q) is the contour plot.
 * <pre>
 *   linear    ŷ = w·x + b                J = (1/2N) Σ (ŷᵢ − yᵢ)²                     parameters (w, b)
 *   logistic  p = σ(w·x + b), y ∈ {0,1}  J = −(1/N) Σ [yᵢ ln pᵢ + (1−yᵢ) ln(1−pᵢ)] + (λ/2)w²   (w, b)
 *   linear2   ŷ = w₁·x₁ + w₂·x₂          J = (1/2N) Σ (ŷᵢ − yᵢ)²  (no intercept)       (w1, w2)
 * </pre>
 */
public enum Model {
    /** least squares on a line */
    LINEAR("linear", 1, "w", "b"),
    /** logistic regression with an optional L2 penalty on w */
    LOGISTIC("logistic", 1, "w", "b"),
    /** least squares on two features through the origin */
    LINEAR2("linear2", 2, "w1", "w2");

    private final String id;
    private final int features;
    private final String first;
    private final String second;

    Model(String id, int features, String first, String second) {
        this.id = id;
        this.features = features;
        this.first = first;
        this.second = second;
    }

    /** @return the command-line id */
    public String id() {
        return id;
    }

    /** @return how many features the model reads: 1 or 2 */
    public int features() {
        return features;
    }

    /** @return the names of the two parameters: ("w", "b") or ("w1", "w2") */
    public List<String> parameterNames() {
        return List.of(first, second);
    }

    /** @return the ids of all models */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Model::id).toList();
    }

    /**
     * @return the model with this id
     * @throws IllegalArgumentException naming the nearest id and all of them
     */
    public static Model fromId(String id) {
        String t = id.strip().toLowerCase(Locale.ROOT);
        for (Model m : values()) {
            if (m.id.equals(t)) {
                return m;
            }
        }
        String hint = EditDistance.closest(t, ids()).map(s -> " (did you mean '" + s + "'?)").orElse("");
        throw new IllegalArgumentException("unknown model '" + id + "'" + hint + "; valid: " + String.join(", ", ids()));
    }
}
