package org.gdlab.app.basin;

import java.awt.Graphics2D;
import org.gdlab.app.plot.PlotView;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.render.paint.BasinLegend;
import org.gdlab.render.paint.BasinMapOverlay;
import org.gdlab.render.paint.BasinPicture;
import org.gdlab.render.paint.BasinSettings;
import org.gdlab.render.paint.Occupancy;
import org.gdlab.render.paint.Overlay;
import org.gdlab.render.paint.PlotTransform;

/**
 * The basin map on the plot: its picture under the paths ({@link BasinPicture}, the one painter's, on a
 * layer of its own: the colour map washed out, then one cell per start in its class's colour, clipped to the
 * plot area) and its legend over them ({@link BasinLegend}, placed where it covers least). Both are
 * registered with the plot once. The picture is rebuilt from the view model only when the map or the
 * opacity changed. JavaFX thread only.
 *
 * <p>Exports: both freeze into one {@link BasinMapOverlay} (the same object for the picture and the legend
 * while nothing changed): the window's picture and legend with the settings they were computed with, so an
 * export at another aspect ratio, whose plot shows more than the window's rectangle, computes the map of the
 * exported rectangle with the same settings and its legend gives that map's shares.
 */
public final class BasinLayer {

    private final BasinViewModel basin;
    private final BasinLegend legend;
    private BasinPicture picture;
    private int pictureRevision = -1;
    private double pictureOpacity = Double.NaN;
    private BasinMapOverlay exported;
    private BasinPicture exportedPicture;
    private boolean exportedBySteps;
    private Boolean exportedOpen;

    private BasinLayer(BasinViewModel basin) {
        this.basin = basin;
        this.legend = legend(basin);
    }

    /** @return the window's legend: says what the basin view model holds (nothing while the map is off or not computed) */
    public static BasinLegend legend(BasinViewModel basin) {
        return new BasinLegend(() -> !basin.enabledProperty().get() || basin.spec() == null ? null
                : new BasinLegend.Content(basin.summaryProperty().get(), basin.legendProperty().get()));
    }

    /** @return the picture of the map now, or null while it is off or not computed yet */
    BasinPicture picture() {
        BasinSpec spec = basin.spec();
        if (!basin.enabledProperty().get() || spec == null) {
            return null;
        }
        int revision = basin.revisionProperty().get();
        double opacity = basin.opacityProperty().get();
        if (picture == null || revision != pictureRevision || opacity != pictureOpacity) {
            picture = new BasinPicture(spec.view(), spec.nx(), spec.ny(), basin.argb(), opacity);
            pictureRevision = revision;
            pictureOpacity = opacity;
        }
        return picture;
    }

    /**
     * @return the map for an export, the same object until the picture, its colouring or the legend's
     *     open state change; null while the map is off or not computed yet
     */
    BasinMapOverlay exported() {
        BasinPicture p = picture();
        if (p == null) {
            return null;
        }
        boolean bySteps = basin.colorByStepsProperty().get();
        Boolean open = legend.openState();
        if (exported == null || p != exportedPicture || bySteps != exportedBySteps || open != exportedOpen) {
            BasinSpec spec = basin.spec();
            BasinSettings settings = new BasinSettings(spec.template(), spec.knownPoints(), spec.view(), spec.nx(),
                    spec.ny(), spec.matchRadius(), p.opacity(), bySteps);
            exported = new BasinMapOverlay(settings, p,
                    new BasinLegend.Content(basin.summaryProperty().get(), basin.legendProperty().get()), open);
            exportedPicture = p;
            exportedBySteps = bySteps;
            exportedOpen = open;
        }
        return exported;
    }

    /** The picture on the window's layer under the paths; frozen, the map of whatever an export shows. */
    private final class MapOverlay implements Overlay {

        @Override
        public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
            BasinPicture p = picture();
            if (p != null) {
                p.paint(g, t, occupied);
            }
        }

        /** @return the window's picture with the settings it was computed with (the window's layer draws the picture) */
        @Override
        public Overlay frozen() {
            return exported();
        }

        @Override
        public String name() {
            return "basin map";
        }
    }

    /** The window's legend over the paths; frozen, the legend of the map an export paints. */
    private final class LegendOverlay implements Overlay {

        @Override
        public void paint(Graphics2D g, PlotTransform t, Occupancy occupied) {
            legend.paint(g, t, occupied);
        }

        @Override
        public boolean click(double x, double y) {
            return legend.click(x, y);
        }

        @Override
        public Overlay frozen() {
            BasinMapOverlay m = exported();
            return m == null ? null : m.legend();
        }

        @Override
        public String name() {
            return legend.name();
        }
    }

    /**
     * Puts the basin map on the plot: its picture under the paths, its legend ({@link BasinLegend}) over them
     * in the least busy corner.
     */
    public static void install(BasinViewModel basin, PlotView plot, org.gdlab.app.viewmodel.PlotViewModel vm) {
        BasinLayer layer = new BasinLayer(basin);
        plot.addOverlayLayer(layer.new MapOverlay(), basin.revisionProperty(), basin.enabledProperty(),
                basin.opacityProperty());
        plot.addOverlay(layer.new LegendOverlay(), basin.revisionProperty(), basin.enabledProperty(), basin.legendProperty(),
                basin.summaryProperty());
    }
}
