package org.gdlab.app.controls;

/** The help text (F1): keys, mouse gestures and the basics of the formula language. */
public final class HelpText {

    private HelpText() {
    }

    /** the text shown by the help window */
    public static final String TEXT = """
            Keys (when no text field has the focus)
              Space        play / pause
              →            one step forward
              ←            one step back
              Home or R    back to the start (step 0)
              End          jump to the last step
              + / -        zoom in / out about the centre
              V            reset the view
              F1 or ?      this help (Esc closes it)
              N / P        next / previous lesson (also Page Down / Page Up)
              F5           presentation mode on / off: full screen, 150 %, high contrast, the side
                           panel in a drawer (☰), the lesson's title line only (click it for the text)
              Esc          close the help; else leave presentation mode
              F11          full screen        F9 or ☰   show / hide the side panel (or its drawer)
              Ctrl+= / Ctrl+- / Ctrl+0   larger / smaller / 100 %
              T            theme: light, dark, high contrast
              Ctrl+N Ctrl+O Ctrl+S       new / open / save;  Ctrl+E export PNG
              B            basin map on / off (which start ends where)
              3            3-D landscape on / off
              A D W S      turn / tilt the 3-D camera (when the 3-D view has the focus)
              E / Q / 0    3-D camera closer / farther / reset
              Esc          leave a text field (the keys above work again)

            Mouse on the plot
              click        set the start point there
              drag         move the start point (the whole path follows)
              wheel        zoom about the cursor
              right/middle drag, or Shift+drag   pan

            Race and analysis
              Race bar (above the plot): Preset (GD vs momentum, the adaptive family, GD vs normalized,
                GD vs Newton), Add a run of the chosen optimizer, Single (back to one run); the legend
                marks how each run ends (✓ converged, ✗ diverged, ⇥ stopped at the step limit, ⊘ no acceptable step; hover
                a chip for the sentence); a click on a chip selects the run the update panel follows.
                Show / hide and × (remove) are in the "+N" menu and the Race run tab. Runs that do not
                fit in the row wait in its "+N" menu.
              Analysis area (under the plot, click its title): Charts (every run, step by step; each pixel
                column shows the least and greatest value of the steps it covers),
                Curvature (eigenvectors, local quadratic model, stability limit), α sweep (run it, ghost paths),
                Race run (the selected run's optimizer, α, schedule).
              Basin map (B, and its side-panel section); 3-D landscape (3, camera A D W S E Q 0).
              The basin map's legend takes the plot's least busy corner, or folds to a chip
                (Basin map ▸) when none is free: click it to open or close it.
              File ▸ Export PNG / SVG / GIF draws the plot as on screen (colours, labels, theme) at
                any size up to 3840×2160, with a title above and a legend below. PNG and SVG show
                the step on screen and every overlay that is on: basin map and legend, ghost paths,
                curvature marks, the line search's trials and d, the batch gradient. A GIF animates
                all steps: basin map, ghosts, and in each frame the marks of its step as on screen.
                An export of another shape than the plot computes the basin map of the exported
                plot (a progress bar; Cancel leaves no file). A scenario file naming "basins"
                opens with the basin map on; a saved one names it while the map is on.

            How a run ends (the banner; the same words on the command line)
              Converged (|∇C| fell below the tolerance); at the step limit: at the minimum, oscillating,
                still descending or stalled; diverged: step too large (α above the rule's stability
                limit), unbounded below (the cost kept falling), non-finite (C or ∇C is NaN or ∞ there)
                or left the bound. A diverging path is drawn to the edge of the view and marked where
                it left it, with the first step outside. Stopped (only the rules that choose their own
                step length): line search failed (no step within its budget) or below C* (Polyak: the
                cost fell below the C* given).

            Rules that choose their own step length t (w ← w + t·d; the charts and files show t as lr)
              armijo (backtracking), wolfe (strong Wolfe), exact (exact line search), polyak
                ((C − C*)/|∇C|²), bb (Barzilai–Borwein), cg (conjugate gradient), bfgs, lbfgs. For armijo,
                wolfe, cg, bfgs and lbfgs α is the first trial step (default 1), for bb the first step;
                exact and polyak do not use α (no α sweep, no ghost paths). They take no noise,
                schedule or warm-up.
              Line search tab (analysis area): C(w + t·d) along the current step's direction against t
                (log scale), the Armijo line C(w) + c₁t∇Cᵀd (below it: decrease enough), shaded where
                |∇C(w + t·d)ᵀd| ≤ c₂|∇Cᵀd| (the curvature condition), and the trials. On the plot: the
                trials (accepted filled, rejected hollow); for cg, bfgs and lbfgs the direction d beside
                −∇C; for bfgs two ellipses of the same size r, uᵀHu = r² (white, true ∇²C) and
                uᵀH_k⁻¹u = r² (green, BFGS's guess). Its check box hides them.

            Learning rate
              The slider is logarithmic (1e-5 … 10); the field takes any positive number (0.25 or 0,25).
              The red mark is the stability limit of the run's rule at the start (2/λmax for GD; Adam,
                RMSprop, AdaGrad and normalized GD have none); the text below says where α stands.
              "Tune live": a new α applies from the current step on; the path marks where it changed.

            Data mode (the surface chooser's entries data:NAME:MODEL)
              The loss J of a model over a built-in dataset: linear (w·x + b), logistic (σ(w·x + b)),
                linear2 (w1·x1 + w2·x2); the plot's axes are the model's two parameters, and the marked
                minimum is the best fit. ":standardized" scales the features first: compare the narrow
                valley of scales or correlated with and without it. Optimizers, races, sweeps and basin
                maps work as on any surface. File > Open data (CSV)... fits your own file (choose the
                model and the columns).
              The data view beside the plot: the points, the model at the current step (the line, or
                the sigmoid with its 0.5 boundary; linear2: its features, and predicted against actual)
                and the residuals.
                Hover the contour plot: the model of that (w, b), dashed. Drag a point to move it, click
                to add one, right-click to remove one: J, its optimum and the path follow.
                linear2 has two panels: first the features (x1, x2), where a drag moves a point
                (its y stays), a click adds one (its y is the current prediction: residual 0) and a
                right-click removes one; then predicted against actual, where a sideways drag sets y
                (side by side, or one above the other in a narrow view).
                Its text grows with the UI scale (Ctrl+=). It takes up to 30 % of the plot's row; where
                that would leave the contour plot less than about half the window (a small window, a
                large scale), it folds: the "Data" button at the plot's bottom right opens it over the
                plot. In data mode the side panel docks only in a wide window (about 1900 px at 100 %);
                otherwise F9 or ☰ opens it as a drawer, and α is in the playback bar.
              Side panel, Data: "Standardize features" switches feature scaling; under it the raw and
                the scaled cost side by side (small contour plots, κ and 2/λmax of each Hessian,
                and how much scaling changes κ), following every edit; Batch size B (0 = all
                the data) runs mini-batch SGD: the batch's points are ringed in orange, its gradient
                arrow -∇J_B is drawn beside -∇J, and the cost chart adds the batch loss; for logistic,
                "L2 penalty λ" (a number ≥ 0, Enter) adds (λ/2)w²: the contours, optimum and path follow.
              With at most 10 points the update panel writes the gradient out as the sum over the data.
              On data the banner, legends, update panel, charts, hover readout, tooltips, the colour
                bar, the line-search and α-sweep charts call the cost J (C on a surface).

            Formula language
              variables x and y; numbers like 2, 0.5, 1e-3; constants pi and e
              + - * / and ^ (power), parentheses, unary minus
              functions: sin cos tan exp log sqrt abs, and more (see the README)
              example:  (1 - x)^2 + 100*(y - x^2)^2
              Enter or Apply draws it; an error is underlined and the last good surface stays.
            """;
}
