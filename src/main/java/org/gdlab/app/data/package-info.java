/**
 * The data view of data mode: beside the contour plot of J(w, b), the data the cost is made of.
 * <ul>
 *   <li>{@link org.gdlab.app.data.DataViewModel}: what is shown (the points in the data's own units, the
 *       model at the playback's step, the model at the (w, b) under the mouse on the plot, the current
 *       mini-batch) and the editing commands (move, add, remove a point), whose new cost is built off the
 *       JavaFX thread and then replaces the surface on screen;</li>
 *   <li>{@link org.gdlab.app.data.ScalingModel}, {@link org.gdlab.app.data.BatchModel} and
 *       {@link org.gdlab.app.data.PenaltyModel} (λ of logistic): the side panel's Data section
 *       ({@link org.gdlab.app.data.DataPanel});</li>
 *   <li>{@link org.gdlab.app.data.ScalingComparison} (raw and scaled cost, each with its contour thumbnail, κ
 *       and 2/λmax, and how κ changes), kept up to date off the JavaFX thread by
 *       {@link org.gdlab.app.data.ScalingComparisonModel} and shown under the switch by
 *       {@link org.gdlab.app.data.ScalingThumbnails};</li>
 *   <li>{@link org.gdlab.app.data.DataFrame}: the data range the view shows and its map to pixels;</li>
 *   <li>{@link org.gdlab.app.data.MovedPoints}: the places of points moved since the points were last copied,
 *       so that a drag costs O(1) on the JavaFX thread (the worker copies the points);</li>
 *   <li>{@link org.gdlab.app.data.DataView}: a canvas that paints the view model at the UI scale and forwards
 *       the mouse;</li>
 *   <li>{@link org.gdlab.app.data.DataViewPlacement} (the rule, no nodes) and {@link org.gdlab.app.data.DataDock}
 *       (applies it): the data view beside the plot where the plot keeps its share of the window, else folded
 *       behind a "Data" button over the plot.</li>
 * </ul>
 * Pictures: {@code linear} — the scatter (x, y), the line ŷ = w·x + b and each residual as a vertical segment
 * from the point to the line; {@code logistic} — the points at heights 0 and 1, the curve p = σ(w·x + b) and
 * the decision boundary x = −b/w where p = 0.5, residuals from each label to p; {@code linear2} — two features
 * do not fit a line picture, so the view plots predicted against actual: each point at (yᵢ, ŷᵢ) with
 * ŷᵢ = w₁·x₁ᵢ + w₂·x₂ᵢ, the diagonal ŷ = y (a perfect fit) and each residual as the vertical segment to the
 * diagonal. A linear2 point has three coordinates, so its view has a second panel first (left, or on top in a
 * narrow view), the feature
 * plane (x₁ᵢ, x₂ᵢ), where correlated features show as points along a line through the origin: there a drag
 * moves a point's features (its y stays), a click adds a point whose y is the current model's prediction
 * (it starts with residual 0) and a right-click removes one; in the predicted-against-actual panel a
 * sideways drag sets a point's y (its height ŷ is the model's).
 */
package org.gdlab.app.data;
