package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gdlab.core.surface.SurfaceCatalog;
import org.junit.jupiter.api.Test;

class FunctionsCommandTest {

    @Test
    void listsEveryBuiltInOnALineStartingWithItsId() {
        CliResult r = CliResult.run("functions");
        assertEquals(0, r.status());
        List<String> ids = SurfaceCatalog.ids();
        List<String> lines = r.outLines();
        assertEquals(ids.size(), lines.size());
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(lines.get(i).startsWith(ids.get(i) + " "), lines.get(i));
        }
        assertTrue(r.out().contains("(1-x)² + 100(y-x²)²") || r.out().contains("100"), r.out());
    }

    @Test
    void noArgumentsToTheCommandLinePrintsUsage() {
        CliResult r = CliResult.run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("run") && r.out().contains("eval") && r.out().contains("functions"));
    }
}
