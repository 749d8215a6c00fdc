package org.gdlab.core.basin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.batch.CancellationToken;
import org.gdlab.core.math.Vec2;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.surface.Surface;
import org.gdlab.core.surface.SurfaceCatalog;
import org.gdlab.core.surface.ViewRect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasinCsvWriterTest {

    private static final Surface HIMMELBLAU = SurfaceCatalog.create("himmelblau");

    private static BasinMap map(double lr) {
        RunConfig gd = RunConfig.of(HIMMELBLAU, Vec2.ZERO, OptimizerKind.GD, lr).withMaxSteps(500);
        return BasinMapper.compute(BasinSpec.of(HIMMELBLAU, gd, ViewRect.square(4), 3), 1, BasinListener.none(),
                CancellationToken.none());
    }

    @Test
    void csvHasTheHeaderAndOneQuotedRowPerStart() throws IOException {
        StringWriter w = new StringWriter();
        BasinCsvWriter.write(map(0.01), w);
        List<String> lines = w.toString().lines().toList();
        assertEquals("start_x,start_y,outcome,steps", lines.get(0));
        assertEquals(10, lines.size());
        int steps = Simulation.run(RunConfig.of(HIMMELBLAU, new Vec2(4, 4), OptimizerKind.GD, 0.01).withMaxSteps(500)).end().step();
        // starts −4, 0, 4 per axis; row j = 2 (y = 4), column i = 2 (x = 4) is the last line
        assertEquals("4.0,4.0,\"minimum 1 (3, 2)\"," + steps, lines.get(9));
        assertEquals("-4.0,-4.0,\"minimum 3 (-3.77931, -3.283186)\",", lines.get(1).substring(0, lines.get(1).lastIndexOf(',') + 1));
    }

    @Test
    void divergedAndNotConvergedLabelsNeedNoQuotes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("basins.csv");
        BasinCsvWriter.write(map(0.2), file);
        List<String> lines = Files.readAllLines(file);
        assertEquals("4.0,4.0,diverged,", lines.get(9).substring(0, lines.get(9).lastIndexOf(',') + 1));
    }

    @Test
    void quotingFollowsRfc4180() {
        assertEquals("diverged", BasinCsvWriter.quote("diverged"));
        assertEquals("\"a, b\"", BasinCsvWriter.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", BasinCsvWriter.quote("say \"hi\""));
    }
}
