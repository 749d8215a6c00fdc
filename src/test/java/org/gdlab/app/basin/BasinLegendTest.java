package org.gdlab.app.basin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.gdlab.render.paint.BasinLegend;
import org.gdlab.core.surface.ViewRect;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.PlotTransform;
import org.gdlab.render.paint.SurfaceLayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The basin legend goes to the least busy corner, collapses to a chip when none is free, and reads rounded. */
@ExtendWith(ApplicationExtension.class)
class BasinLegendTest {

    private static final PlotTransform T = PlotTransform.fit(ViewRect.square(6), 64, 26, 700, 500, true);
    private UiFixture ui;
    private BasinLegend legend;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(stage);
        legend = BasinLayer.legend(ui.view.basin());
    }

    @AfterEach
    void stop() {
        UiFixture.fx(() -> ui.view.dispose());
    }

    private void himmelblauBasins() {
        UiFixture.fx(() -> {
            ui.vm.selectSurface("himmelblau");
            ui.view.basin().resolutionProperty().set(64);
            ui.view.basin().enabledProperty().set(true);
        });
        ui.idle();
    }

    private Rectangle2D paint(Occupancy occupied) {
        return UiFixture.fx(() -> {
            Graphics2D g = new BufferedImage(900, 600, BufferedImage.TYPE_INT_ARGB).createGraphics();
            legend.paint(g, T, occupied);
            g.dispose();
            return legend.drawn();
        });
    }

    private static Rectangle2D corner(int i) {
        Rectangle2D a = SurfaceLayer.area(T);
        double x = i % 2 == 0 ? a.getX() + 20 : a.getMaxX() - 40;
        double y = i < 2 ? a.getY() + 20 : a.getMaxY() - 40;
        return new Rectangle2D.Double(x, y, 20, 20);
    }

    @Test
    void numbersInTheLegendAreRoundedToFourSignificantDigits() {
        assertEquals("minimum 1 (3.584, -1.848)", BasinLegend.readable("minimum 1 (3.584428, -1.848127)"));
        assertEquals("minimum 2 (3, 2)", BasinLegend.readable("minimum 2 (3, 2)"), "integers stay as they are");
        assertEquals("α = 0.01 · 0.1235", BasinLegend.readable("α = 0.01 · 0.123456"));
    }

    @Test
    void theLegendLeavesTheCornerWithTheCurrentPointAndStaysInsideThePlot() {
        himmelblauBasins();
        Occupancy occupied = new Occupancy();
        occupied.add(corner(0), Occupancy.HARD); // the current point in the top left, where the legend used to be
        Rectangle2D box = paint(occupied);
        assertNotNull(box);
        assertFalse(box.intersects(corner(0)), "over the current point: " + box);
        assertTrue(SurfaceLayer.area(T).contains(box), "inside the plot: " + box);
        assertTrue(box.getHeight() > 60, "open: a row per class: " + box);
    }

    @Test
    void withEveryCornerBusyTheLegendIsAChipAndAClickOpensIt() {
        himmelblauBasins();
        Occupancy occupied = new Occupancy();
        for (int i = 0; i < 4; i++) {
            occupied.add(corner(i), Occupancy.HARD);
        }
        occupied.add(SurfaceLayer.area(T), Occupancy.SOFT); // paths everywhere
        Rectangle2D chip = paint(occupied);
        assertTrue(chip.getHeight() < 40, "a chip: " + chip);
        assertTrue(UiFixture.fx(() -> legend.click(chip.getCenterX(), chip.getCenterY())), "the click is the legend's");
        Rectangle2D open = paint(occupied);
        assertTrue(open.getHeight() > 60, "opened by the click: " + open);
        assertTrue(UiFixture.fx(() -> legend.click(open.getCenterX(), open.getCenterY())));
        assertTrue(paint(occupied).getHeight() < 40, "a second click collapses it");
        assertFalse(UiFixture.fx(() -> legend.click(T.left() + T.width() / 2, T.top() + T.height() / 2)),
                "a click elsewhere is the plot's");
    }

    @Test
    void aPlotTooSmallForTheChipShowsNoLegendRatherThanOneOutsideIt() {
        himmelblauBasins();
        PlotTransform tiny = PlotTransform.fit(ViewRect.square(6), 64, 26, 300, 24, true);
        Occupancy occupied = new Occupancy();
        occupied.add(SurfaceLayer.area(tiny), Occupancy.HARD);
        Rectangle2D box = UiFixture.fx(() -> {
            Graphics2D g = new BufferedImage(500, 100, BufferedImage.TYPE_INT_ARGB).createGraphics();
            legend.paint(g, tiny, occupied);
            g.dispose();
            return legend.drawn();
        });
        assertEquals(null, box);
    }
}
