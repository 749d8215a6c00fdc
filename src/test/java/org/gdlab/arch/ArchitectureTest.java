package org.gdlab.arch;

import static org.gdlab.arch.SourceImports.filesImporting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Architecture rules as tests (as in JabRef's CommonArchitectureTest): what each layer may import. */
class ArchitectureTest {

    @Test
    void coreImportsNoJavaFx() {
        assertEquals(List.of(), filesImporting("core", "javafx."));
    }

    @Test
    void coreImportsNoAwtOrSwing() {
        assertEquals(List.of(), filesImporting("core", "java.awt"));
        assertEquals(List.of(), filesImporting("core", "javax.swing"));
    }

    @Test
    void onlyTheAnalysisPackageImportsEjml() {
        List<String> users = filesImporting("core", "org.ejml").stream().filter(f -> !f.startsWith("core/analysis/")).toList();
        assertEquals(List.of(), users);
    }

    @Test
    void commandLineImportsNoJavaFx() {
        assertEquals(List.of(), filesImporting("cli", "javafx."));
    }
}
