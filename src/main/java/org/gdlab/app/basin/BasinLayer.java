package org.gdlab.app.basin;

import org.gdlab.app.plot.LiveOverlay;
import org.gdlab.app.plot.PlotView;
import org.gdlab.core.basin.BasinSpec;
import org.gdlab.render.paint.BasinPicture;

/**
 * The basin map on the plot: its picture under the paths ({@link BasinPicture}, the one painter's, on a
 * layer of its own: the colour map washed out, then one cell per start in its class's colour, clipped to the
 * plot area) and its legend over them ({@link BasinLegend}, placed where it covers least). Both are
 * registered with the plot once, so every export of the window draws them as the window does. The picture
 * is rebuilt from the view model only when the map or the opacity changed. JavaFX thread only.
 */
public final class BasinLayer {

    private final BasinViewModel basin;
    private BasinPicture picture;
    private int pictureRevision = -1;
    private double pictureOpacity = Double.NaN;

    private BasinLayer(BasinViewModel basin) {
        this.basin = basin;
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
     * Puts the basin map on the plot: its picture under the paths, its legend ({@link BasinLegend}) over them
     * in the least busy corner.
     */
    public static void install(BasinViewModel basin, PlotView plot, org.gdlab.app.viewmodel.PlotViewModel vm) {
        BasinLayer layer = new BasinLayer(basin);
        plot.addOverlayLayer(new LiveOverlay("basin map", layer::picture), basin.revisionProperty(), basin.enabledProperty(),
                basin.opacityProperty());
        plot.addOverlay(new BasinLegend(basin), basin.revisionProperty(), basin.enabledProperty(), basin.legendProperty(),
                basin.summaryProperty());
    }
}
