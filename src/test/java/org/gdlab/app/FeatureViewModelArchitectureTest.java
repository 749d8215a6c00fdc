package org.gdlab.app;

import static org.gdlab.arch.SourceImports.importsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The view models of the race, charts, curvature and sweep touch no nodes and get their publisher injected. */
class FeatureViewModelArchitectureTest {

    private static final List<String> VIEW_MODELS = List.of(
            "race/RunModel.java", "race/RaceViewModel.java", "race/RacePath.java",
            "race/RacePreset.java", "race/UpdateRule.java",
            "charts/ChartsViewModel.java", "charts/ChartData.java", "charts/ChartSeries.java",
            "charts/SliceViewModel.java", "charts/SliceData.java",
            "curvature/CurvatureViewModel.java", "curvature/StabilityLimit.java", "curvature/SandboxModel.java",
            "sweep/SweepViewModel.java", "sweep/GhostViewModel.java", "sweep/Ghost.java",
            "data/DataViewModel.java", "data/DataFrame.java", "data/BatchModel.java", "data/ScalingModel.java",
            "data/CsvOpenModel.java");

    @Test
    void featureViewModelsImportNoNodesAndNoPlatform() {
        for (String f : VIEW_MODELS) {
            assertEquals(List.of(), importsOf("app/" + f, "javafx.scene", "javafx.application", "org.jfree"), f);
        }
    }
}
