package org.gdlab.core.data;

import java.util.Objects;

/**
 * What a data cost is made of: the dataset (in its own units), the model, whether the features are scaled
 * ({@link Scaling}) and the L2 penalty λ of the logistic model. It checks itself, as the hyperparameters of
 * an optimizer do; {@link org.gdlab.core.sim.RunConfig} carries it inside its cost function
 * ({@link DataCost#spec()}).
 *
 * @param data        the points, with as many features as the model reads
 * @param model       the model
 * @param standardize whether the features are scaled (default false)
 * @param l2          λ ≥ 0, finite; only the logistic model has it (default 0)
 */
public record DataSpec(Dataset data, Model model, boolean standardize, double l2) {

    /** The default L2 penalty: 0 (none). */
    public static final double DEFAULT_L2 = 0;

    /** @throws IllegalArgumentException with one sentence in plain words */
    public DataSpec {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        if (data.features() != model.features()) {
            throw new IllegalArgumentException("the " + model.id() + " model needs " + model.features()
                    + (model.features() == 1 ? " feature" : " features") + ", the data has " + data.features());
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("the L2 penalty λ must be a finite number ≥ 0, got " + l2);
        }
        if (l2 != 0 && model != Model.LOGISTIC) {
            throw new IllegalArgumentException("the L2 penalty λ applies to the logistic model only, not to " + model.id());
        }
        if (model == Model.LOGISTIC) {
            for (int i = 0; i < data.size(); i++) {
                double y = data.y(i);
                if (y != 0 && y != 1) {
                    throw new IllegalArgumentException("the logistic model needs labels 0 or 1, but point " + (i + 1)
                            + " has " + data.targetName() + " = " + y);
                }
            }
        }
    }

    /** @return the spec with the defaults: no scaling, λ = 0 */
    public static DataSpec of(Dataset data, Model model) {
        return new DataSpec(data, model, false, DEFAULT_L2);
    }

    /**
     * @return the cost J over the data (its features scaled when asked)
     * @throws IllegalArgumentException naming a feature that cannot be scaled
     */
    public DataCost cost() {
        return switch (model) {
            case LINEAR -> new LinearCost(this);
            case LINEAR2 -> new Linear2Cost(this);
            case LOGISTIC -> new LogisticCost(this);
        };
    }

    /** @return the same spec on other points */
    public DataSpec withData(Dataset d) {
        return new DataSpec(d, model, standardize, l2);
    }

    /** @return the scaling of the data when asked for, else null */
    Scaling scalingOrNull() {
        return standardize ? Scaling.of(data, model) : null;
    }
}
