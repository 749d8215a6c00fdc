package org.gdlab.app;

import static org.gdlab.arch.SourceImports.importsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MVVM for the landscape views: their view models and data builders touch no nodes and no Platform. */
class LandscapeArchitectureTest {

    private static final List<String> MODEL_FILES = List.of(
            "basin/BasinViewModel.java",
            "landscape/LandscapeViewModel.java", "landscape/LandscapeMesh.java", "landscape/LandscapeFrame.java",
            "landscape/PathTube.java");

    @Test
    void basinAndLandscapeModelsImportNoNodesAndNoPlatform() {
        for (String f : MODEL_FILES) {
            assertEquals(List.of(), importsOf("app/" + f, "javafx.scene", "javafx.application"), f);
        }
    }
}
