package org.gdlab.app.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SurfaceLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every label on the window's plot (α changes, "left the view", the race's labels, the overlays', the ghosts'
 * "α/4" … "4α", the −∇C label, the curvature's "λmax"/"λmin") is placed against one occupancy: for every
 * lesson, with the ghost paths and the curvature marks switched on (and the race the lesson opens), at
 * 1280×720 and 1024×768, and presented (150 %) at 1280×720, at its first, middle and last step, no two label boxes overlap and every box lies
 * inside the plot area; the canvas of the moving marks holds the labels painted on it, lesson after lesson
 * (the −∇C label was cut at its canvas's end after a lesson change). The boxes are those the placement
 * recorded ({@link PlotView#labelBoxes}), not pixels.
 */
@ExtendWith(ApplicationExtension.class)
class PlotLabelsTest {

    @TempDir
    static Path config;

    private ShellFixture ui;
    private Stage stage;

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

    @Test
    void inEveryLessonWithGhostsAndCurvatureNoLabelCoversAnotherOrLeavesThePlot() {
        ShellFixture.fx(() -> {
            var tabs = ui.view.analysis().tabs();
            tabs.ghosts().enabledProperty().set(true);
            tabs.curvature().showEigenvectorsProperty().set(true);
            tabs.curvature().showModelProperty().set(true);
        });
        List<String> problems = new ArrayList<>();
        int labels = 0;
        // width, height, UI scale (1.5: presenting, as F5 sets it)
        for (double[] size : new double[][] {{1280, 720, 1}, {1024, 768, 1}, {1280, 720, 1.5}}) {
            ShellFixture.fx(() -> {
                if (size[2] != 1) {
                    ui.shell.presentation().present();
                } else {
                    ui.shell.presentation().leave();
                }
                stage.setFullScreen(false); // the stage takes the cell's size, not the headless screen's
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                ui.shell.presentation().setScale(size[2]);
            });
            for (int i = 0; i < Lessons.all().size(); i++) {
                int lesson = i;
                ShellFixture.fx(() -> ui.shell.lessons().open(lesson));
                settle();
                // as the lesson opened (its picture may have widened the colour bar's margin since the last step)
                String opened = String.format(Locale.ROOT, "%.0f×%.0f at %.0f %%, lesson %d as opened", size[0], size[1],
                        size[2] * 100, lesson + 1);
                labels += ShellFixture.fx(() -> check(opened, problems));
                ShellFixture.fx(() -> {
                    // the lesson may switch the curvature marks off: on again, with the ghosts
                    ui.view.analysis().tabs().ghosts().enabledProperty().set(true);
                    ui.view.analysis().tabs().curvature().showEigenvectorsProperty().set(true);
                });
                settle();
                int last = ShellFixture.fx(() -> ui.vm.playback().lastStepProperty().get());
                for (int step : new int[] {0, last / 2, last}) {
                    ShellFixture.fx(() -> ui.vm.playback().seek(step));
                    settle();
                    String where = String.format(Locale.ROOT, "%.0f×%.0f at %.0f %%, lesson %d, step %d", size[0], size[1], size[2] * 100,
                            lesson + 1, step);
                    labels += ShellFixture.fx(() -> check(where, problems));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(labels > 4 * Lessons.all().size(), "labels were placed: " + labels);
    }

    /** Checks the labels on the plot now. @return how many there are */
    private int check(String where, List<String> out) {
        PlotView plot = ui.view.plot();
        plot.paintPending();
        double u = plot.uiScaleProperty().get();
        PlotTransform t = PlotView.inPainterUnits(ui.vm.plot().transformProperty().get(), u);
        Rectangle2D area = SurfaceLayer.area(t);
        List<Rectangle2D> boxes = plot.labelBoxes();
        for (int a = 0; a < boxes.size(); a++) {
            Rectangle2D b = boxes.get(a);
            if (b.getMinX() < area.getMinX() - 0.5 || b.getMinY() < area.getMinY() - 0.5 || b.getMaxX() > area.getMaxX() + 0.5
                    || b.getMaxY() > area.getMaxY() + 0.5) {
                out.add(where + ": label " + a + " " + text(b) + " leaves the plot area " + text(area));
            }
            for (int c = a + 1; c < boxes.size(); c++) {
                Rectangle2D i = b.createIntersection(boxes.get(c));
                if (i.getWidth() > 0.01 && i.getHeight() > 0.01) {
                    out.add(where + ": labels " + a + " " + text(b) + " and " + c + " " + text(boxes.get(c)) + " overlap");
                }
            }
        }
        var still = plot.stillCanvas();
        for (Rectangle2D b : boxes.subList(0, boxes.size() - plot.movingLabelBoxes().size())) {
            if (b.getMinX() * u < still.getLayoutX() - 1 || b.getMinY() * u < still.getLayoutY() - 1
                    || b.getMaxX() * u > still.getLayoutX() + still.getWidth() + 1
                    || b.getMaxY() * u > still.getLayoutY() + still.getHeight() + 1) {
                out.add(where + ": the still label " + text(b) + " is cut by its canvas at x " + still.getLayoutX() + " + "
                        + still.getWidth() + ", y " + still.getLayoutY() + " + " + still.getHeight());
            }
        }
        var canvas = plot.currentCanvas();
        for (Rectangle2D b : plot.movingLabelBoxes()) {
            if (b.getMinX() * u < canvas.getLayoutX() - 1 || b.getMinY() * u < canvas.getLayoutY() - 1
                    || b.getMaxX() * u > canvas.getLayoutX() + canvas.getWidth() + 1
                    || b.getMaxY() * u > canvas.getLayoutY() + canvas.getHeight() + 1) {
                out.add(where + ": the moving label " + text(b) + " is cut by its canvas at x " + canvas.getLayoutX() + " + "
                        + canvas.getWidth());
            }
        }
        return boxes.size();
    }

    private static String text(Rectangle2D r) {
        return String.format(Locale.ROOT, "[%.1f, %.1f]–[%.1f, %.1f]", r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY());
    }

    private void settle() {
        ui.idle();
        ShellFixture.fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        ui.idle();
    }
}
