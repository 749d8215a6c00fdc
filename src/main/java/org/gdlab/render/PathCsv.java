package org.gdlab.render;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.scenario.AtomicFiles;
import org.gdlab.core.sim.Trajectory;

/**
 * Every run's path as CSV: the columns of {@code gdlab run} with a leading {@code run} column, the run's
 * index in the scenario (0 for the first). Row k of a run is the iterate w_k (row 0 the start) with its
 * cost, gradient and the rate α_k applied from it. Numbers are printed with {@link Double#toString(double)}
 * and parse back to the same doubles.
 */
public final class PathCsv {

    /** The header line. */
    public static final String HEADER = "run,step,x,y,cost,grad_x,grad_y,lr";

    private PathCsv() {
    }

    /** Writes the header and every row of every trajectory, run by run. */
    public static void write(List<Trajectory> runs, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(128);
        for (int r = 0; r < runs.size(); r++) {
            Trajectory t = runs.get(r);
            for (int k = 0; k < t.size(); k++) {
                line.setLength(0);
                line.append(r).append(',').append(k).append(',')
                        .append(t.x(k)).append(',').append(t.y(k)).append(',').append(t.cost(k)).append(',')
                        .append(t.gradient(k).x()).append(',').append(t.gradient(k).y()).append(',')
                        .append(t.learningRate(k)).append('\n');
                out.append(line);
            }
        }
        out.flush();
    }

    /** Writes the renderer's trajectories to a CSV file, atomically. */
    public static void write(PlotRenderer renderer, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(renderer.trajectories(),
                new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))));
    }
}
