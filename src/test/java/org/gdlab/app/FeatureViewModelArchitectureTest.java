package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view models of the race, charts, curvature and sweep touch no nodes and get their publisher injected. */
class FeatureViewModelArchitectureTest {

    private static final List<String> VIEW_MODELS = List.of(
            "race/RunModel.java", "race/RaceViewModel.java", "race/RacePath.java", "race/Memory.java",
            "race/RacePreset.java", "race/UpdateRule.java",
            "charts/ChartsViewModel.java", "charts/ChartData.java", "charts/ChartSeries.java",
            "curvature/CurvatureViewModel.java", "curvature/StabilityLimit.java", "curvature/SandboxModel.java",
            "sweep/SweepViewModel.java", "sweep/GhostViewModel.java", "sweep/Ghost.java");

    @Test
    void featureViewModelsImportNoNodesAndNoPlatform() throws IOException {
        for (String f : VIEW_MODELS) {
            List<String> bad = Files.readAllLines(Path.of("src/main/java/org/gdlab/app", f)).stream()
                    .filter(l -> l.startsWith("import javafx.scene") || l.startsWith("import javafx.application")
                            || l.startsWith("import org.jfree"))
                    .toList();
            assertEquals(List.of(), bad, f);
        }
    }
}
