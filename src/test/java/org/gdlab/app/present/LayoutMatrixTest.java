package org.gdlab.app.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.lesson.Lessons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at {1024×768, 1280×720, 1920×1080} × {100, 150, 200 %}, in and out of presentation mode, with
 * a lesson and its race open (lesson 4: zig-zag and momentum): the menu bar, the playback bar and the plot
 * lie inside the window, the plot keeps its share of the window, and no label of the banner, the caption's
 * title, the race legend or the update panel is cut. One stage, resized from cell to cell.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutMatrixTest {

    /** presenting, the plot (with its axes and colour bar) takes at least this share of the window */
    static final double PRESENTING_SHARE = 0.55;
    /**
     * outside presentation mode, with a lesson's caption and a race open, at least this share (the race bar
     * stays one row: chips carry an outcome mark, and those that do not fit fold into a "+N" menu)
     */
    static final double WINDOW_SHARE = 0.42;

    @TempDir
    static Path config;

    private ShellFixture ui;
    private Stage stage;

    /**
     * A stage of its own, closed after the test: these tests resize it and put it in full screen, which the
     * shared primary stage would keep for the test classes that run after them.
     */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> {
            stage.setFullScreen(false);
            ui.view.dispose();
            stage.close();
        });
    }

    private record Cell(double width, double height, double scale, boolean presenting) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f×%.0f at %.0f %%%s", width, height, scale * 100, presenting ? ", presenting" : "");
        }
    }

    @Test
    void atEverySizeAndScaleTheBarsAndThePlotStayInsideAndNoLabelIsCut() {
        ShellFixture.fx(() -> ui.shell.lessons().open(Lessons.all().indexOf(Lessons.byId("zigzag-momentum"))));
        ui.idle();
        List<String> problems = new ArrayList<>();
        for (boolean presenting : new boolean[] {false, true}) {
            for (double[] size : new double[][] {{1024, 768}, {1280, 720}, {1920, 1080}}) {
                for (double scale : new double[] {1, 1.5, 2}) {
                    Cell cell = new Cell(size[0], size[1], scale, presenting);
                    show(cell);
                    problems.addAll(ShellFixture.fx(() -> check(cell)));
                    problems.addAll(updatePanelInTheDrawer(cell));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The data lessons (feature scaling with linear2's two panels, batch noise, logistic on separable data) at
     * every size and scale, in and out of presentation mode: everything {@link #check} asks of the window,
     * and the data view beside the plot is shown, inside the window, narrower than the contour plot, and
     * nothing lies over its titles (the banner, the caption's card, the status line).
     */
    @Test
    void dataLessonsAtEverySizeAndScaleLeaveThePlotItsShareAndTheDataViewsTitlesFree() {
        List<String> problems = new ArrayList<>();
        for (String id : new String[] {"feature-scaling", "batch-noise", "separable-growth"}) {
            ShellFixture.fx(() -> ui.shell.lessons().open(Lessons.all().indexOf(Lessons.byId(id))));
            ui.idle();
            for (boolean presenting : new boolean[] {false, true}) {
                for (double[] size : new double[][] {{1024, 768}, {1280, 720}, {1920, 1080}}) {
                    for (double scale : new double[] {1, 1.5, 2}) {
                        Cell cell = new Cell(size[0], size[1], scale, presenting);
                        show(cell);
                        problems.addAll(ShellFixture.fx(() -> check(cell)).stream().map(p -> id + ", " + p).toList());
                        problems.addAll(ShellFixture.fx(() -> checkDataView(id + ", " + cell)));
                        problems.addAll(openedDataView(id + ", " + cell));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Where the data view is folded (no room beside the plot), its "Data" button is inside the window, and a
     * click on it shows the data view, which then passes {@link #checkDataView} too.
     */
    private List<String> openedDataView(String cell) {
        Node toggle = ShellFixture.fx(() -> stage.getScene().lookup("#dataToggle"));
        if (!ShellFixture.fx(() -> shown(toggle))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        ShellFixture.fx(() -> {
            Bounds b = toggle.localToScene(toggle.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMaxX() > stage.getScene().getWidth() + 0.5 || b.getMaxY() > stage.getScene().getHeight() + 0.5) {
                out.add(cell + ": the data view's button leaves the window: " + b);
            }
            click(toggle);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        ui.idle();
        out.addAll(ShellFixture.fx(() -> checkDataView(cell + ", opened by its button")));
        ShellFixture.fx(() -> click(toggle));
        return out;
    }

    private List<String> checkDataView(String cell) {
        List<String> out = new ArrayList<>();
        org.gdlab.app.data.DataView data = ui.view.dataView();
        var scene = stage.getScene();
        if (!shown(data)) {
            if (!shown(scene.lookup("#dataToggle"))) {
                out.add(cell + ": the data view is hidden, and so is its button");
            }
            return out;
        }
        Bounds d = data.localToScene(data.getBoundsInLocal());
        if (d.getMinX() < -0.5 || d.getMaxX() > scene.getWidth() + 0.5 || d.getMaxY() > scene.getHeight() + 0.5) {
            out.add(cell + ": the data view leaves the window: " + d);
        }
        double plotWidth = ui.view.plot().getWidth();
        if (data.getWidth() >= plotWidth) {
            out.add(String.format(Locale.ROOT, "%s: the data view (%.0f px) is not narrower than the plot (%.0f px)", cell,
                    data.getWidth(), plotWidth));
        }
        if (data.getWidth() < 0.15 * scene.getWidth()) {
            out.add(String.format(Locale.ROOT, "%s: the data view is only %.0f px wide", cell, data.getWidth()));
        }
        for (javafx.geometry.Rectangle2D band : data.titleBands()) {
            Bounds title = data.localToScene(new javafx.geometry.BoundingBox(band.getMinX(), band.getMinY(), band.getWidth(),
                    band.getHeight()));
            for (String query : new String[] {"#banner", "#caption-card", "#status"}) {
                Node n = scene.lookup(query);
                if (n != null && shown(n) && !(n instanceof Labeled l && l.getText().isBlank())
                        && n.localToScene(n.getBoundsInLocal()).intersects(title)) {
                    out.add(cell + ": " + query + " lies over the data view's title at " + title);
                }
            }
        }
        return out;
    }

    @Test
    void everyLessonPresentedOnA1280x720Or1024x768ProjectorLeavesThePlotItsShare() {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1280, 720}, {1024, 768}}) {
            Cell cell = new Cell(size[0], size[1], 1.5, true); // F5's scale
            for (int i = 0; i < Lessons.all().size(); i++) {
                int lesson = i;
                ShellFixture.fx(() -> ui.shell.lessons().open(lesson));
                show(cell);
                double share = ShellFixture.fx(this::pictureShare);
                if (share < PRESENTING_SHARE) {
                    problems.add(String.format(Locale.ROOT, "%s, lesson %d: the plot takes %.3f", cell, i + 1, share));
                }
                problems.addAll(ShellFixture.fx(() -> check(cell)));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLessonsColourBarLabelsStayInsideThePlotAt200Percent() {
        List<String> problems = new ArrayList<>();
        for (double[] size : new double[][] {{1024, 768}, {1280, 720}}) {
            Cell cell = new Cell(size[0], size[1], 2, false);
            for (int i = 0; i < Lessons.all().size(); i++) {
                int lesson = i;
                ShellFixture.fx(() -> ui.shell.lessons().open(lesson));
                show(cell);
                ShellFixture.fx(() -> checkColourBarLabels(cell, problems));
                ShellFixture.fx(() -> checkMarginFollowsLabels(cell, lesson, problems));
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The plot's right margin is what its colour bar's labels need, not a fixed width: at most its pad, the
     * two digits it keeps to spare and 2 units for rounding wider than the widest label now shown needs.
     */
    private void checkMarginFollowsLabels(Cell cell, int lesson, List<String> out) {
        org.gdlab.app.plot.PlotView plot = ui.view.plot();
        double u = plot.uiScaleProperty().get();
        var t = org.gdlab.app.plot.PlotView.inPainterUnits(ui.vm.plot().transformProperty().get(), u);
        java.awt.FontMetrics m = labelMetrics();
        double widest = 0;
        for (var label : org.gdlab.render.paint.FrameLayer.colorBarLabels(t, ui.vm.plot().pictureProperty().get(), m)) {
            widest = Math.max(widest, m.getStringBounds(label.text(), null).getWidth());
        }
        double need = org.gdlab.render.paint.FrameLayer.BAR_GAP + org.gdlab.render.paint.FrameLayer.BAR_WIDTH
                + org.gdlab.render.paint.FrameLayer.LABEL_OFFSET + widest;
        double slack = org.gdlab.render.paint.FrameLayer.LABEL_PAD + m.getStringBounds(org.gdlab.app.plot.PlotView.SPARE, null).getWidth() + 2;
        if (plot.rightMargin() > need + slack) {
            out.add(String.format(Locale.ROOT, "%s, lesson %d: the right margin is %.1f, the labels need %.1f", cell, lesson + 1,
                    plot.rightMargin(), need));
        }
    }

    /** @return the label font's metrics as the screen's painter has them (FXGraphics2D: those of its current font) */
    private static java.awt.FontMetrics labelMetrics() {
        var g = new org.jfree.fx.FXGraphics2D(new javafx.scene.canvas.Canvas(1, 1).getGraphicsContext2D());
        g.setFont(org.gdlab.render.paint.PlotStyle.LABEL);
        return g.getFontMetrics();
    }

    @Test
    void aCaptionThatDoesNotFitUnderItsTitleOpensClosedAndAClickOnTheTitleOpensIt() {
        Cell small = new Cell(1024, 768, 2, false);
        show(small);
        ShellFixture.fx(() -> ui.shell.lessons().open(Lessons.all().indexOf(Lessons.byId("zigzag-momentum"))));
        show(small);
        assertEquals(List.of(false, true), ShellFixture.fx(() -> List.of(captionTextShown(), shown(stage.getScene().lookup("#caption-title")))),
                "at 1024×768, 200 %: the title line only, no card over the plot");
        ShellFixture.fx(() -> click(ui.view.getScene().lookup("#caption-title")));
        show(small);
        assertTrue(ShellFixture.fx(this::captionTextShown), "a click on the title opens the text");
        assertTrue(ShellFixture.fx(() -> inside(stage.getScene().lookup("#caption-body"), stage.getScene().lookup("#caption-card"))),
                "opened, it is a card over the plot (it does not fit under the title)");
        ShellFixture.fx(() -> ui.shell.lessons().next());
        show(small);
        assertTrue(ShellFixture.fx(() -> !captionTextShown()), "the next lesson opens closed too");
        Cell large = new Cell(1920, 1080, 1, false);
        show(large);
        assertTrue(ShellFixture.fx(this::captionTextShown), "where it fits under its title, the text is shown again");
    }

    private boolean captionTextShown() {
        Node body = stage.getScene().lookup("#caption-body");
        return body != null && shown(body);
    }

    /** A primary click on n, as the mouse gives it (pressed, released, clicked). */
    private static void click(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        double x = b.getCenterX();
        double y = b.getCenterY();
        for (javafx.event.EventType<javafx.scene.input.MouseEvent> type : List.of(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                javafx.scene.input.MouseEvent.MOUSE_RELEASED, javafx.scene.input.MouseEvent.MOUSE_CLICKED)) {
            javafx.event.Event.fireEvent(n, new javafx.scene.input.MouseEvent(type, x - b.getMinX(), y - b.getMinY(), x, y,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null));
        }
    }

    private static boolean inside(Node n, Node parent) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void withoutALessonThePlotKeepsAboutHalfOf1280x720() {
        ui.idle();
        Cell cell = new Cell(1280, 720, 1, false);
        show(cell);
        double share = ShellFixture.fx(() -> share(ui.view.plot()));
        assertTrue(share >= 0.5, "the plot's share " + share);
    }

    /** Puts the window into the cell's state: presentation mode, then the window's size and the scale. */
    private void show(Cell cell) {
        ShellFixture.fx(() -> {
            PresentationModel pm = ui.shell.presentation();
            if (cell.presenting()) {
                pm.present();
            } else {
                pm.leave();
            }
            stage.setFullScreen(false); // the stage takes the cell's size, not the headless screen's
            stage.setWidth(cell.width());
            stage.setHeight(cell.height());
            pm.setScale(cell.scale());
        });
        for (int settle = 0; settle < 2; settle++) { // a new picture may widen the colour bar's margin: one more picture
            ui.idle();
            ShellFixture.fx(() -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
        }
    }

    /**
     * Every colour-bar label ends inside the plot's canvas: where the painter puts it, as wide as JavaFX
     * draws it in the font FXGraphics2D maps the label font to, times the UI scale.
     */
    private void checkColourBarLabels(Cell cell, List<String> out) {
        org.gdlab.app.plot.PlotView plot = ui.view.plot();
        double u = plot.uiScaleProperty().get();
        var t = org.gdlab.app.plot.PlotView.inPainterUnits(ui.vm.plot().transformProperty().get(), u);
        var p = ui.vm.plot().pictureProperty().get();
        if (t == null || p == null) {
            out.add(cell + ": no picture");
            return;
        }
        java.awt.FontMetrics m = labelMetrics();
        for (var label : org.gdlab.render.paint.FrameLayer.colorBarLabels(t, p, m)) {
            double end = (label.x() + m.getStringBounds(label.text(), null).getWidth()) * u;
            if (end > plot.getWidth()) {
                out.add(String.format(Locale.ROOT, "%s: the colour-bar label \"%s\" ends at %.1f, right of the plot's %.1f",
                        cell, label.text(), end, plot.getWidth()));
            }
        }
    }

    /** Where the update panel is in the drawer, opens the drawer and checks that none of its lines is cut. */
    private List<String> updatePanelInTheDrawer(Cell cell) {
        if (ShellFixture.fx(() -> shown(ui.view.lookup("#update")))) {
            return List.of();
        }
        ShellFixture.fx(() -> {
            ui.view.windowLayout().drawerOpenProperty().set(true);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        List<String> out = new ArrayList<>();
        ShellFixture.fx(() -> {
            Node update = ui.view.lookup("#update");
            if (!shown(update)) {
                out.add(cell + ": the update panel is neither docked nor in the open drawer");
            }
            checkNotCut(cell, update, out);
            Bounds b = update.localToScene(update.getBoundsInLocal());
            if (b.getMaxX() > stage.getScene().getWidth() + 0.5 || b.getMinX() < -0.5) {
                out.add(cell + ": the drawer's update panel leaves the window: " + b);
            }
            ui.view.windowLayout().drawerOpenProperty().set(false);
        });
        return out;
    }

    private List<String> check(Cell cell) {
        List<String> out = new ArrayList<>();
        var scene = stage.getScene();
        double w = scene.getWidth();
        double h = scene.getHeight();
        if (Math.abs(w - cell.width()) > 1 || Math.abs(h - cell.height()) > 1) {
            out.add(cell + ": the scene is " + w + "×" + h);
        }
        for (String id : new String[] {"#menu-bar", "#playbackBar", "#plot", "#play", "#timeline", "#barLrSlider", "#lrSlider"}) {
            Node n = scene.lookup(id);
            if (id.endsWith("rSlider") && !shown(n)) {
                continue; // α is in the side panel or in the playback bar: the other one is checked
            }
            if (!shown(n)) {
                out.add(cell + ": " + id + " is hidden");
                continue;
            }
            Bounds b = n.localToScene(n.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5 || b.getWidth() < 1) {
                out.add(cell + ": " + id + " leaves the window: " + b);
            }
        }
        // the bar itself may lie inside and still be wider than its content allows: every control in it must be
        // inside the window too (a bar laid out wider than the window cuts its last controls at the right)
        for (Node c : controlsIn(scene.lookup("#playbackBar"))) {
            Bounds b = c.localToScene(c.getBoundsInLocal());
            if (b.getMinX() < -0.5 || b.getMaxX() > w + 0.5 || b.getMaxY() > h + 0.5) {
                out.add(cell + ": the playback bar's " + describe(c) + " leaves the window: " + b);
            }
            if (c instanceof Labeled && !(c instanceof javafx.scene.control.MenuButton)) { // its text is its skin's
                checkNotCut(cell, c, out);
            }
            if (c instanceof javafx.scene.control.TextField f && shown(f)) {
                Text t = new Text(f.getText());
                t.setFont(f.getFont());
                double need = t.getLayoutBounds().getWidth() + f.snappedLeftInset() + f.snappedRightInset();
                if (f.getWidth() + 0.5 < need) {
                    out.add(cell + ": the playback bar's field " + describe(c) + " \"" + f.getText() + "\" is cut: "
                            + f.getWidth() + " < " + need);
                }
            }
        }
        if (!shown(scene.lookup("#lrSlider")) && !shown(scene.lookup("#barLrSlider"))) {
            out.add(cell + ": no α slider on screen");
        }
        double share = pictureShare();
        double least = cell.presenting() ? PRESENTING_SHARE : WINDOW_SHARE;
        if (share < least) {
            out.add(String.format(Locale.ROOT, "%s: the plot takes %.3f of the window, less than %.2f", cell, share, least));
        }
        checkColourBarLabels(cell, out);
        if (!cell.presenting() && scene.lookup("#caption-card") != null && shown(scene.lookup("#caption-card"))) {
            out.add(cell + ": the caption's text opened as a card over the plot");
        }
        for (String query : new String[] {"#banner", "#caption-title", "#update"}) {
            checkNotCut(cell, scene.lookup(query), out);
        }
        // the surface's parameters ("kappa = 10.00"): a label of one width whatever the value, at any scale
        if (scene.lookup("#parameters") != null) {
            for (Node label : scene.lookup("#parameters").lookupAll(".label")) {
                checkNotCut(cell, label, out);
            }
        }
        for (Node chip : scene.getRoot().lookupAll(".toggle-button")) {
            if (chip.getId() != null && chip.getId().startsWith("legend-")) {
                checkNotCut(cell, chip, out);
            }
        }
        return out;
    }

    /** A label whose text is cut shows an ellipsis: its text node then holds less than the label's text. */
    private static void checkNotCut(Cell cell, Node n, List<String> out) {
        if (!(n instanceof Labeled l) || !shown(n) || l.getText() == null || l.getText().isEmpty()) {
            return;
        }
        Text shownText = null;
        for (Node c : ((Parent) n).getChildrenUnmodifiable()) {
            if (c instanceof Text t) {
                shownText = t;
            }
        }
        // (the update panel's text ends in empty lines that keep its height: they are not drawn)
        if (shownText == null || !shownText.getText().stripTrailing().equals(l.getText().stripTrailing())) {
            out.add(cell + ": " + n.getId() + " is cut: \"" + (shownText == null ? "" : shownText.getText()) + "\"");
        }
    }

    /**
     * @return the contour plot's share of the window (with its axes and colour bar), the plot alone: in data
     *     mode the data view beside it is not counted
     */
    private double pictureShare() {
        return share(ui.view.plot());
    }

    /** @return the shown controls under n (buttons, fields, sliders, labels), not their insides */
    static List<Node> controlsIn(Node n) {
        List<Node> out = new ArrayList<>();
        if (n == null || !n.isVisible()) {
            return out;
        }
        if (n instanceof javafx.scene.control.Control) {
            out.add(n);
            return out;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                if (c.isManaged() || c.isVisible()) {
                    out.addAll(controlsIn(c));
                }
            }
        }
        return out;
    }

    private static String describe(Node c) {
        String text = c instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return c.getClass().getSimpleName() + (c.getId() == null ? "" : " #" + c.getId()) + text;
    }

    private double share(Node plot) {
        Bounds b = plot.localToScene(plot.getBoundsInLocal());
        var scene = stage.getScene();
        double x0 = Math.max(0, b.getMinX());
        double y0 = Math.max(0, b.getMinY());
        double x1 = Math.min(scene.getWidth(), b.getMaxX());
        double y1 = Math.min(scene.getHeight(), b.getMaxY());
        return Math.max(0, x1 - x0) * Math.max(0, y1 - y0) / (scene.getWidth() * scene.getHeight());
    }

    private static boolean shown(Node n) {
        return PresentationKeysTest.shown(n);
    }
}
