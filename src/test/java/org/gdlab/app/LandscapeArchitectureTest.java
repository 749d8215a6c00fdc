package org.gdlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MVVM for the landscape views: their view models and data builders touch no nodes and no Platform. */
class LandscapeArchitectureTest {

    private static final List<String> MODEL_FILES = List.of(
            "basin/BasinViewModel.java", "basin/BasinColors.java", "basin/LegendEntry.java",
            "landscape/LandscapeViewModel.java", "landscape/LandscapeMesh.java", "landscape/LandscapeFrame.java",
            "landscape/PathTube.java");

    @Test
    void basinAndLandscapeModelsImportNoNodesAndNoPlatform() throws IOException {
        for (String f : MODEL_FILES) {
            List<String> bad = Files.readAllLines(Path.of("src/main/java/org/gdlab/app", f)).stream()
                    .filter(l -> l.startsWith("import javafx.scene") || l.startsWith("import javafx.application"))
                    .toList();
            assertEquals(List.of(), bad, f);
        }
    }
}
