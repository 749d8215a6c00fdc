package org.gdlab.render.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gdlab.core.colormap.ColorMap;
import org.gdlab.core.contour.ContourPicture;
import org.gdlab.core.contour.ContourPictureBuilder;
import org.gdlab.core.contour.LevelSpacing;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;

/**
 * The colour bar's labels end inside the canvas: for every lesson and every built-in surface, at the
 * windows {1024×768, 1280×720, 1920×1080} × UI scales {100, 150, 200 %}, the plot's canvas takes the
 * margin {@link FrameLayer#rightMargin} measures (first picture, then grown as the window does), the bar is
 * painted with the real font onto an image wider than the canvas, and no ink may lie right of the canvas.
 */
class ColorBarLabelsInsideTest {

    /** the pixels beyond the canvas's right edge the image keeps, to see what would be cut */
    private static final int BEYOND = 400;

    private record Case(String name, Surface surface, ViewRect view, LevelSpacing spacing) {
    }

    private static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (Lesson l : Lessons.all()) {
            Scenario s = l.scenario();
            out.add(new Case("lesson " + l.id(), s.createSurface(), s.view(), s.levelSpacing()));
        }
        for (String id : SurfaceCatalog.ids()) {
            Surface f = SurfaceCatalog.create(id);
            out.add(new Case("surface " + id, f, f.description().view(),
                    f.description().logLevels() ? LevelSpacing.LOG : LevelSpacing.LINEAR));
        }
        return out;
    }

    @Test
    void everyColourBarLabelLiesInsideTheCanvasAtEverySizeAndScale() {
        List<String> problems = new ArrayList<>();
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        FontMetrics m = probe.createGraphics().getFontMetrics(PlotStyle.LABEL);
        for (Case c : cases()) {
            for (int[] size : new int[][] {{1024, 768}, {1280, 720}, {1920, 1080}}) {
                for (double u : new double[] {1, 1.5, 2}) {
                    // the plot's canvas: about the share of the window it has outside presentation mode
                    int cw = (int) (size[0] * 0.62);
                    int ch = (int) (size[1] * 0.68);
                    double right = FrameLayer.RIGHT;
                    PlotTransform t = fit(c.view(), cw / u, ch / u, right);
                    ContourPicture p = picture(c, t);
                    for (int round = 0; round < 3; round++) { // first picture sets it, later ones only grow it
                        double need = FrameLayer.rightMargin(p, t, m);
                        right = round == 0 ? need : Math.max(right, need);
                        t = fit(c.view(), cw / u, ch / u, right);
                        p = picture(c, t);
                    }
                    int outside = inkRightOf(cw, ch, u, t, p);
                    if (outside > 0) {
                        problems.add(String.format(Locale.ROOT, "%s at %d×%d, %.0f %%: %d ink pixels right of the canvas",
                                c.name(), size[0], size[1], u * 100, outside));
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void shortLabelsLeaveThePlotMoreRoomThanTheOldFixedMargin() {
        // a bowl from 0 to 2 on a linear scale: labels "0", "0.5", …, "2": a few characters wide
        Surface bowl = SurfaceCatalog.create("sphere");
        ViewRect v = new ViewRect(-1, 1, -1, 1);
        PlotTransform t = fit(v, 600, 400, FrameLayer.RIGHT);
        ContourPicture p = ContourPictureBuilder.build(bowl, v, 61, 41, ColorMap.defaultMap(), LevelSpacing.LINEAR, 10);
        FontMetrics m = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics().getFontMetrics(PlotStyle.LABEL);
        double widest = 0;
        for (FrameLayer.BarLabel l : FrameLayer.colorBarLabels(t, p, m)) {
            assertTrue(l.text().length() <= 5, "a short label: " + l.text());
            widest = Math.max(widest, m.stringWidth(l.text()));
        }
        double margin = FrameLayer.rightMargin(p, t, m);
        assertTrue(margin < FrameLayer.RIGHT, "margin " + margin);
        assertTrue(margin >= FrameLayer.BAR_GAP + FrameLayer.BAR_WIDTH + FrameLayer.LABEL_OFFSET + widest, "margin " + margin);
    }

    private static PlotTransform fit(ViewRect view, double w, double h, double right) {
        return PlotTransform.fit(view, FrameLayer.LEFT, FrameLayer.TOP, w - FrameLayer.LEFT - right,
                h - FrameLayer.TOP - FrameLayer.BOTTOM, true);
    }

    private static ContourPicture picture(Case c, PlotTransform t) {
        // a coarse grid: the labels' range comes from it; what is checked holds for any picture painted
        return ContourPictureBuilder.build(c.surface(), t.visible(), 90, 60, ColorMap.defaultMap(), c.spacing(), 20);
    }

    /** @return how many pixels of the painted colour bar lie right of a cw × ch canvas at UI scale u */
    private static int inkRightOf(int cw, int ch, double u, PlotTransform t, ContourPicture p) {
        BufferedImage img = new BufferedImage(cw + BEYOND, ch, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(u, u);
        FrameLayer.paintColorBar(g, t, p, ColorMap.defaultMap(), new PlotTheme(Color.WHITE, Color.BLACK));
        g.dispose();
        int n = 0;
        for (int y = 0; y < ch; y++) {
            for (int x = cw; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) >>> 24) != 0 ? 1 : 0;
            }
        }
        return n;
    }
}
