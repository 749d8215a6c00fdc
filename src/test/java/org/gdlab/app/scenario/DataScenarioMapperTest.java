package org.gdlab.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gdlab.app.viewmodel.DrainExecutor;
import org.gdlab.app.viewmodel.LabViewModel;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioJson;
import org.gdlab.core.scenario.SurfaceSpec;
import org.junit.jupiter.api.Test;

/** A data surface chosen in the window is saved as a dataset and opens again as the same choice. */
class DataScenarioMapperTest {

    private final DrainExecutor jobs = new DrainExecutor();

    @Test
    void chosenDatasetIsCapturedWrittenAndAppliedAgain() throws Exception {
        LabViewModel vm = new LabViewModel(jobs.background());
        vm.surfaceIdProperty().set("data:correlated:linear2:standardized");
        jobs.drain();
        Scenario s = ScenarioMapper.capture(vm, Scenario.of(SurfaceSpec.Builtin.of(LabViewModel.DEFAULT_SURFACE)));
        SurfaceSpec.Data d = assertInstanceOf(SurfaceSpec.Data.class, s.surface());
        assertEquals("builtin:correlated", d.ref());
        Scenario read = ScenarioJson.read(ScenarioJson.write(s));
        LabViewModel other = new LabViewModel(jobs.background());
        ScenarioMapper.apply(read, other);
        jobs.drain();
        assertEquals("data:correlated:linear2:standardized", other.surfaceIdProperty().get());
    }

    @Test
    void dataTheChooserDoesNotHoldIsRefusedInPlainWords() throws Exception {
        Scenario s = ScenarioJson.read("{\"format\": \"gdlab-scenario\", \"version\": 1,"
                + " \"surface\": {\"points\": [[1, 2], [2, 3], [3, 5]]},"
                + " \"view\": {\"x_min\": -5, \"x_max\": 5, \"y_min\": -5, \"y_max\": 5},"
                + " \"start\": {\"x\": 0, \"y\": 0}, \"max_steps\": 20, \"level_count\": 10,"
                + " \"runs\": [{\"optimizer\": \"gd\", \"learning_rate\": 0.1}]}");
        LabViewModel vm = new LabViewModel(jobs.background());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioMapper.apply(s, vm));
        assertEquals(ScenarioMapper.DATA_NOT_IN_WINDOW, e.getMessage());
    }
}
