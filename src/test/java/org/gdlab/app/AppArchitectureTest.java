package org.gdlab.app;

import static org.gdlab.arch.SourceImports.filesImporting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MVVM as tests: view models and playback touch no nodes and do not reach for the JavaFX thread. */
class AppArchitectureTest {

    @Test
    void viewModelsImportNoNodes() {
        assertEquals(List.of(), filesImporting("app/viewmodel", "javafx.scene"));
        assertEquals(List.of(), filesImporting("app/playback", "javafx.scene"));
    }

    @Test
    void viewModelsGetTheirPublisherInjected() {
        assertEquals(List.of(), filesImporting("app/viewmodel", "javafx.application"));
        assertEquals(List.of(), filesImporting("app/playback", "javafx.application"));
    }
}
