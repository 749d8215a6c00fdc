package org.gdlab.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which of the program's arguments the window opens as a scenario file. */
class OpenedFilesTest {

    @Test
    void aSingleNonOptionArgumentIsTheFileToOpen() {
        assertEquals(Optional.of(Path.of("a.gdlab.json").toAbsolutePath()), OpenedFiles.fileArgument(List.of("a.gdlab.json")));
        assertEquals(Optional.empty(), OpenedFiles.fileArgument(List.of()));
        assertEquals(Optional.empty(), OpenedFiles.fileArgument(List.of("-psn_0_12")));
        assertEquals(Optional.empty(), OpenedFiles.fileArgument(List.of("a.json", "b.json")));
    }
}
