package org.gdlab.render;

import static org.gdlab.arch.SourceImports.filesImporting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The renderer is display-free: java.awt and JFreeSVG, never JavaFX; scenario and lesson code never AWT. */
class RenderArchitectureTest {

    @Test
    void renderImportsNoJavaFx() {
        assertEquals(List.of(), filesImporting("render", "javafx."));
    }

    @Test
    void scenarioAndLessonImportNoAwt() {
        assertEquals(List.of(), filesImporting("core/scenario", "java.awt"));
        assertEquals(List.of(), filesImporting("core/lesson", "java.awt"));
    }
}
