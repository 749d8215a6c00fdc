package org.gdlab.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Overlays;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.SurfaceSpec;
import org.junit.jupiter.api.Test;

/** A scenario's ghost paths, eigenvectors and local model set the window's switches, and are captured from them. */
class OverlaySwitchesTest {

    private final OverlaySwitches switches = new OverlaySwitches(new SimpleBooleanProperty(true), new SimpleBooleanProperty(),
            new SimpleBooleanProperty(true), new SimpleBooleanProperty(true));

    @Test
    void aLessonThatNamesTheEigenvectorsTurnsThemOnAndTheOthersOff() {
        switches.apply(Lessons.byId("lr-too-large").scenario()); // names eigenvectors and known points
        assertTrue(switches.eigenvectors().get());
        assertFalse(switches.ghosts().get());
        assertFalse(switches.model().get());
        assertFalse(switches.basins().get());
    }

    @Test
    void aScenarioThatNamesTheBasinsTurnsTheMapOnAndIsCapturedWithIt() {
        Scenario s = Scenario.of(SurfaceSpec.Builtin.of("sphere")).withOverlays(Set.of(Overlays.BASINS));
        switches.apply(s);
        assertTrue(switches.basins().get());
        assertEquals(Set.of(Overlays.BASINS), switches.capture(s).overlays());
        switches.basins().set(false);
        assertEquals(Set.of(), switches.capture(s).overlays());
    }

    @Test
    void captureNamesWhatIsSwitchedOnAndKeepsTheOtherOverlays() {
        Scenario s = Scenario.of(SurfaceSpec.Builtin.of("sphere")).withOverlays(Set.of(Overlays.GRADIENT_FIELD, Overlays.EIGENVECTORS));
        switches.ghosts().set(true);
        switches.eigenvectors().set(false);
        switches.model().set(true);
        switches.basins().set(false);
        assertEquals(Set.of(Overlays.GRADIENT_FIELD, Overlays.GHOST_PATHS, Overlays.LOCAL_QUADRATIC), switches.capture(s).overlays());
        switches.apply(switches.capture(s));
        assertTrue(switches.ghosts().get() && switches.model().get() && !switches.eigenvectors().get(), "a round trip");
    }
}
