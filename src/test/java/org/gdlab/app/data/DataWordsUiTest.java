package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.app.viewmodel.CostWords;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's fixed texts about the cost say J on data and C on a surface, and change with the surface
 * ({@link CostWords}): the side panel's tooltips of the optimizer, the gradient clip, the level spacing, the
 * equal-axes and gradient-field switches, the clip's label, the curvature panel's model switch, the slice
 * chart's title and axis, the α sweep's axis, the 3-D view's log switch, and a selected raced run's update
 * rule and clip label in the race editor (the colour bar's letter: {@code ColorBarLetterTest}).
 * Each text is checked to hold the surface's letter standing alone and never the other one.
 */
@ExtendWith(ApplicationExtension.class)
class DataWordsUiTest {

    private static final Pattern C_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])C(?![\\p{L}\\p{N}_])");
    private static final Pattern J_ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])J(?![\\p{L}\\p{N}_])");

    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private String tooltip(String id) {
        Node n = ui.view.getScene().lookup(id);
        assertNotNull(n, id);
        Tooltip t = ((Control) n).getTooltip();
        assertNotNull(t, id + "'s tooltip");
        return t.getText();
    }

    private String chartAxis(String id) {
        ChartViewer v = (ChartViewer) ui.view.getScene().lookup(id);
        assertNotNull(v, id);
        return v.getChart().getXYPlot().getRangeAxis().getLabel();
    }

    /** @return every text checked, each with where it comes from */
    private List<String[]> texts() {
        return UiFixture.fx(() -> {
            List<String[]> out = new ArrayList<>();
            for (String id : new String[] {"#optimizer", "#levelSpacing", "#equalAspect", "#gradientField", "#showModel",
                    "#landscapeLog"}) {
                out.add(new String[] {id, tooltip(id)});
            }
            Label clip = ui.view.getScene().getRoot().lookupAll(".label").stream().filter(n -> n instanceof Label l
                    && l.getText() != null && l.getText().startsWith("clip") && l.getTooltip() != null).map(Label.class::cast).findFirst().orElseThrow();
            out.add(new String[] {"clip label", clip.getText()}); // the side panel's (the race editor's has no tooltip)
            out.add(new String[] {"clip tooltip", clip.getTooltip().getText()});
            ChartViewer slice = (ChartViewer) ui.view.getScene().lookup("#sliceChart");
            out.add(new String[] {"slice title", slice.getChart().getTitle().getText()});
            out.add(new String[] {"slice axis", chartAxis("#sliceChart")});
            out.add(new String[] {"sweep axis", chartAxis("#sweepChart")});
            Node editor = ui.view.getScene().lookup("#raceEditor");
            for (Node n : editor.lookupAll(".label")) {
                if (n instanceof Label l && (l.getText().startsWith("clip") || l.getText().contains("w ←"))) {
                    out.add(new String[] {"race editor: " + l.getText(), l.getText()});
                }
            }
            return out;
        });
    }

    private void assertAllSay(String letter) {
        Pattern own = letter.equals("J") ? J_ALONE : C_ALONE;
        Pattern other = letter.equals("J") ? C_ALONE : J_ALONE;
        for (String[] t : texts()) {
            assertTrue(own.matcher(t[1]).find(), t[0] + ": " + t[1]);
            assertFalse(other.matcher(t[1]).find(), t[0] + ": " + t[1]);
        }
    }

    private void surface(String id) {
        UiFixture.fx(() -> ui.vm.surfaceIdProperty().set(id));
        ui.idle();
        UiFixture.fx(() -> ui.view.getScene().getRoot().layout()); // the sweep view relabels in its layout pass
    }

    @Test
    void onDataTheTooltipsAndChartLabelsSayJAndBackOnASurfaceC() {
        UiFixture.fx(() -> { // the α sweep's chart relabels while on screen: its tab shown in the open area
            ui.view.analysis().setExpanded(true);
            ui.view.analysis().tabs().getSelectionModel().select(2);
        });
        surface("data:cars:linear");
        UiFixture.fx(() -> { // a raced run, selected: the race editor shows its update rule and its clip
            var r = ui.view.race().addRun(org.gdlab.core.optim.OptimizerKind.GD, 1e-3);
            ui.view.race().selectedProperty().set(r);
        });
        ui.idle();
        assertEquals(2, texts().stream().filter(t -> t[0].startsWith("race editor")).count(), "the rule and the clip's label");
        assertAllSay("J");
        surface("rosenbrock");
        assertAllSay("C");
        surface("data:separable:logistic");
        assertAllSay("J");
    }
}
