package org.gdlab.app.scenario;

import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.Scenario;

/**
 * The window's switches of the overlays a scenario names that belong to its runs, so that a scenario shows
 * the same overlays in the window, in its exports and in {@code gdlab render}: {@value Overlays#GHOST_PATHS}
 * (the α sweep's ghost paths), {@value Overlays#EIGENVECTORS} and {@value Overlays#LOCAL_QUADRATIC} (the
 * curvature tab's eigenvectors and model ellipse) and {@value Overlays#BASINS} (the basin map of the main run). Opening a scenario sets them ({@link #apply}); what is on
 * screen is captured with them ({@link #capture}).
 *
 * @param ghosts       the ghost paths' switch
 * @param eigenvectors the eigenvectors' switch
 * @param model        the local quadratic model's switch
 * @param basins       the basin map's switch
 */
public record OverlaySwitches(BooleanProperty ghosts, BooleanProperty eigenvectors, BooleanProperty model,
        BooleanProperty basins) {

    /** Sets the switches as the scenario names them (off when it does not). */
    public void apply(Scenario s) {
        ghosts.set(s.overlays().contains(Overlays.GHOST_PATHS));
        eigenvectors.set(s.overlays().contains(Overlays.EIGENVECTORS));
        model.set(s.overlays().contains(Overlays.LOCAL_QUADRATIC));
        basins.set(s.overlays().contains(Overlays.BASINS));
    }

    /** @return the scenario with these four overlays named as the switches stand, its others as they were */
    public Scenario capture(Scenario s) {
        Set<String> o = new TreeSet<>(s.overlays());
        set(o, Overlays.GHOST_PATHS, ghosts.get());
        set(o, Overlays.EIGENVECTORS, eigenvectors.get());
        set(o, Overlays.LOCAL_QUADRATIC, model.get());
        set(o, Overlays.BASINS, basins.get());
        return s.withOverlays(o);
    }

    private static void set(Set<String> overlays, String name, boolean on) {
        if (on) {
            overlays.add(name);
        } else {
            overlays.remove(name);
        }
    }
}
