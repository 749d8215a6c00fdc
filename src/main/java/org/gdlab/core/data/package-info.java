/**
 * Data mode: gradient descent on the cost J of a two-parameter model over a dataset.
 *
 * <p>A {@link org.gdlab.core.data.Dataset} holds N points with one or two features and a target, built in
 * ({@link org.gdlab.core.data.BuiltinDatasets}: six generated from fixed seeds, two real public-domain ones
 * shipped as CSV) or read from a CSV file ({@link org.gdlab.core.data.CsvData}, through Apache Commons CSV,
 * streaming, errors with line numbers). A {@link org.gdlab.core.data.DataSpec} (dataset, model, feature
 * scaling, L2 penalty λ) makes a {@link org.gdlab.core.data.DataCost}, a {@link org.gdlab.core.surface.Surface}
 * like any built-in, so every part of GD Lab runs on it:
 * <pre>
 *   linear    ŷ = w·x + b            J = (1/2N) Σ (ŷ − y)²                      {@link org.gdlab.core.data.LinearCost}
 *   logistic  σ(w·x + b), y ∈ {0,1}   J = mean cross-entropy + (λ/2)w²           {@link org.gdlab.core.data.LogisticCost}
 *   linear2   ŷ = w₁x₁ + w₂x₂         J = (1/2N) Σ (ŷ − y)²   (no intercept)     {@link org.gdlab.core.data.Linear2Cost}
 * </pre>
 * with exact gradients and Hessians and the {@link org.gdlab.core.data.Optimum} (closed-form least squares;
 * Newton's method for logistic), or the reason there is none ({@link org.gdlab.core.data.NoOptimum}:
 * separable, one_class, not_unique). The squared-error costs ({@link org.gdlab.core.data.LeastSquaresCost})
 * evaluate in O(1) from centred {@link org.gdlab.core.data.Moments} of the raw data, updated by Welford's
 * formulas when a point moves ({@link org.gdlab.core.data.PointMove}, {@link org.gdlab.core.data.DataCost#withMoves}),
 * with scaled statistics derived from them in O(1) when the features are scaled; the logistic cost
 * visits every point per value, and {@link org.gdlab.core.data.LogisticGrid} samples it on a contour grid
 * without an exponential per point and cell; the 2×2 normal
 * equations are solved by hand (only {@code core.analysis} uses EJML). {@link org.gdlab.core.data.Scaling}
 * standardizes the features (RMS scaling for linear2) and maps parameters back to the data's units.
 * {@link org.gdlab.core.data.MiniBatches} draws the batches of mini-batch SGD (the exact, seeded shuffle is
 * written there); {@link org.gdlab.core.sim.RunConfig#batch()} turns it on. Plain Java; no JavaFX.
 */
package org.gdlab.core.data;
