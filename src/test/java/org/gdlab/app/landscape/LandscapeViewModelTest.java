package org.gdlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.Faults;
import org.gdlab.app.viewmodel.LabViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The 3-D landscape's view model without JavaFX, its meshes built on the test thread when drained. */
class LandscapeViewModelTest {

    private final DrainExecutor jobs = new DrainExecutor();
    private LabViewModel lab;
    private LandscapeViewModel land;

    @BeforeEach
    void create() {
        lab = new LabViewModel(jobs.background());
        lab.plot().setPlotArea(64, 26, 400, 300);
        land = new LandscapeViewModel(lab);
        land.shownProperty().set(true);
        jobs.drain();
    }

    @Test
    void shownItBuildsTheMeshAndTheTubeOfThePath() {
        assertNotNull(land.meshProperty().get());
        assertEquals(1, land.tubesProperty().get().size());
        assertNotNull(land.ballProperty().get());
    }

    @Test
    void aFailedMeshIsSaidInTheStatusLineAndTheLastMeshStays() {
        LandscapeMesh before = land.meshProperty().get();
        Faults faults = Faults.in(lab.background());
        faults.breakKind(LandscapeViewModel.FAILURE, "the mesh is too large");
        land.verticalScaleProperty().set(2);
        jobs.drain();
        assertEquals("Could not build the 3-D landscape: the mesh is too large", lab.statusProperty().get());
        assertSame(before, land.meshProperty().get(), "the last mesh stays");
        faults.heal();
        land.verticalScaleProperty().set(1.5);
        jobs.drain();
        assertEquals("", lab.statusProperty().get(), "the next mesh clears the message");
        assertNotSame(before, land.meshProperty().get());
    }
}
