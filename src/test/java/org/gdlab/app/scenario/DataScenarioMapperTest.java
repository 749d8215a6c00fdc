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
    void inlinePointsOpenInTheWindowAndEditedDataIsSavedInline() throws Exception {
        Scenario s = ScenarioJson.read("{\"format\": \"gdlab-scenario\", \"version\": 1,"
                + " \"surface\": {\"points\": [[1, 2], [2, 3], [3, 5]]},"
                + " \"view\": {\"x_min\": -5, \"x_max\": 5, \"y_min\": -5, \"y_max\": 5},"
                + " \"start\": {\"x\": 0, \"y\": 0}, \"max_steps\": 20, \"level_count\": 10,"
                + " \"runs\": [{\"optimizer\": \"gd\", \"learning_rate\": 0.1}]}");
        LabViewModel vm = new LabViewModel(jobs.background());
        ScenarioMapper.apply(s, vm);
        jobs.drain();
        org.gdlab.core.data.DataCost c = assertInstanceOf(org.gdlab.core.data.DataCost.class, vm.surfaceProperty().get());
        assertEquals(3, c.points().size());
        assertEquals(5, c.points().y(2));
        assertEquals(s.surface(), ScenarioMapper.capture(vm, s).surface(), "unchanged data is saved as it was read");

        vm.replaceData(c.withMoved(2, 3, 0, 7)); // a point dragged in the data view
        jobs.drain();
        SurfaceSpec.Data saved = assertInstanceOf(SurfaceSpec.Data.class, ScenarioMapper.capture(vm, s).surface());
        assertEquals(java.util.List.of(java.util.List.of(1.0, 2.0), java.util.List.of(2.0, 3.0), java.util.List.of(3.0, 7.0)),
                saved.points());
    }

    @Test
    void anEditedBuiltinDatasetIsSavedWithItsPointsNotItsName() {
        LabViewModel vm = new LabViewModel(jobs.background());
        vm.surfaceIdProperty().set("data:line:linear");
        jobs.drain();
        org.gdlab.core.data.DataCost c = (org.gdlab.core.data.DataCost) vm.surfaceProperty().get();
        vm.replaceData(c.withRemoved(0));
        jobs.drain();
        SurfaceSpec.Data saved = assertInstanceOf(SurfaceSpec.Data.class,
                ScenarioMapper.capture(vm, Scenario.of(SurfaceSpec.Builtin.of("quadratic"))).surface());
        assertEquals(null, saved.ref());
        assertEquals(19, saved.points().size());
    }
}
