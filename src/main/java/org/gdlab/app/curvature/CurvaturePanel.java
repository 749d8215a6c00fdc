package org.gdlab.app.curvature;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gdlab.app.controls.Sync;
import org.gdlab.app.viewmodel.Numbers;
import org.gdlab.app.viewmodel.ParameterModel;

/**
 * The curvature tab: on the left the local quadratic model at the current point (Hessian, eigenvalues, κ,
 * kind, 2/λmax, 2/(λmin + λmax)) with the overlay toggles; on the right the conditioning sandbox (κ and θ
 * sliders of {@code quadratic}, the theoretical ρ and predicted steps beside the measured number). The
 * left and middle columns keep their width (their lines are never cut); the sandbox takes the rest of the
 * row, and where less than {@link #SANDBOX_EMS} em is left (a narrow window, a large UI scale) it moves to
 * a row of its own under them, the whole width, instead of being cut at the right; its text wraps; the tab
 * scrolls where its height is too small ({@link org.gdlab.app.charts.AnalysisTabs}).
 */
public final class CurvaturePanel extends javafx.scene.layout.FlowPane {

    /** the least width of the sandbox beside the other columns, in em */
    public static final double SANDBOX_EMS = 22;

    private final VBox left;
    private final VBox middle;
    private final Label sandboxTitle;

    public CurvaturePanel(CurvatureViewModel vm, SandboxModel sandbox) {
        super(24, 12);
        setId("curvaturePanel");
        setPadding(new Insets(8, 12, 8, 12));
        Label text = new Label();
        text.setId("curvatureText");
        text.getStyleClass().add("mono");
        text.textProperty().bind(vm.textProperty());
        CheckBox eig = new CheckBox("Eigenvector directions");
        eig.setId("showEigenvectors");
        eig.selectedProperty().bindBidirectional(vm.showEigenvectorsProperty());
        eig.setTooltip(Sync.tip("Red: the steep direction (λmax), green: the shallow one (λmin), at the current point."));
        CheckBox model = new CheckBox("Local quadratic model");
        model.setId("showModel");
        model.selectedProperty().bindBidirectional(vm.showModelProperty());
        model.setTooltip(Sync.tip(""));
        model.getTooltip().textProperty().bind(sandbox.lab().costWords().of( // J(w) + ∇J·d + … on data
                "The level set of C(w) + ∇C·d + ½dᵀHd through the current point, centred on the model's "
                + "minimum: the step −α∇C overshoots along the steep axis when α > 1/λmax, and lands farther out than it "
                + "started when α > 2/λmax."));
        Label title = new Label("Curvature at the current point");
        title.getStyleClass().add("section-title");
        VBox left = new VBox(6, title, text);
        left.setMinWidth(USE_PREF_SIZE);
        Label overlays = new Label("On the plot");
        overlays.getStyleClass().add("section-title");
        VBox middle = new VBox(6, overlays, eig, model);
        middle.setMinWidth(USE_PREF_SIZE);

        Label sTitle = new Label("Conditioning sandbox (quadratic)");
        sTitle.getStyleClass().add("section-title");
        VBox sliders = new VBox(4);
        Label sText = new Label();
        sText.setId("sandboxText");
        sText.setWrapText(true);
        sText.getStyleClass().add("mono");
        sText.textProperty().bind(sandbox.textProperty());
        Runnable rebuild = () -> {
            sliders.getChildren().clear();
            sandbox.parameter("kappa").ifPresent(p -> sliders.getChildren().add(slider(p, true)));
            sandbox.parameter("theta").ifPresent(p -> sliders.getChildren().add(slider(p, false)));
        };
        sandbox.lab().parameters().addListener((javafx.collections.ListChangeListener<ParameterModel>) c -> rebuild.run());
        rebuild.run();
        sTitle.setWrapText(true);
        sText.setMinHeight(USE_PREF_SIZE);
        VBox right = new VBox(6, sTitle, sliders, sText);
        right.setId("sandbox");
        right.setMinWidth(120);
        right.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double row = getWidth() - snappedLeftInset() - snappedRightInset();
            double rest = row - left.prefWidth(-1) - middle.prefWidth(-1) - 2 * getHgap();
            return rest >= SANDBOX_EMS * sTitle.getFont().getSize() ? rest - 1 : Math.max(120, row - 1);
        }, widthProperty(), left.widthProperty(), middle.widthProperty(), sTitle.fontProperty()));
        setAlignment(javafx.geometry.Pos.TOP_LEFT);
        setRowValignment(javafx.geometry.VPos.TOP);
        getChildren().addAll(left, middle, right);
        this.left = left;
        this.middle = middle;
        this.sandboxTitle = sTitle;
    }

    /**
     * The widest column's least width, not (as a {@code FlowPane} computes it) the widest column's preferred
     * one: the sandbox's preferred width follows the panel's, so the panel could otherwise never narrow.
     */
    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (javafx.scene.Node c : getManagedChildren()) {
            w = Math.max(w, c.minWidth(-1));
        }
        return snappedLeftInset() + snappedRightInset() + w;
    }

    /**
     * One row of the columns with the sandbox at its least width beside them: a width of its own content,
     * never of the width it was last given (the sandbox's preferred width follows that width, and the
     * window's layout must not be pushed by it).
     */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + left.prefWidth(-1) + middle.prefWidth(-1) + 2 * getHgap()
                + SANDBOX_EMS * sandboxTitle.getFont().getSize();
    }

    private static HBox slider(ParameterModel p, boolean log) {
        double min = log ? 0 : p.spec().min() / 4; // θ: −90° … 90° covers every valley direction
        double max = log ? 3 : p.spec().max() / 4;
        Slider s = new Slider(min, max, 0);
        s.setId("sandbox-" + p.spec().name());
        if (log) {
            Sync.slider(s, p.value(), Math::log10, v -> Numbers.round3(Math.pow(10, v)));
        } else {
            Sync.slider(s, p.value(), v -> v, v -> Math.round(v));
        }
        s.setTooltip(Sync.tip(p.spec().description()));
        Label l = new Label();
        l.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> (log ? "κ" : "θ") + " = " + Numbers.sig(p.value().get(), 4), p.value()));
        l.setMinWidth(90);
        HBox row = new HBox(8, l, s);
        HBox.setHgrow(s, Priority.ALWAYS);
        return row;
    }
}
