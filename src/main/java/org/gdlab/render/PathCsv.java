package org.gdlab.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gdlab.core.scenario.AtomicFiles;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.Simulation;
import org.gdlab.core.sim.StepRecord;

/**
 * Every run's path as CSV: the columns of {@code gdlab run} with a leading {@code run} column, the run's
 * index in the scenario (0 for the first). Row k of a run is the iterate w_k (row 0 the start) with its
 * cost, gradient and the rate α_k applied from it. Numbers are printed with {@link Double#toString(double)}
 * and parse back to the same doubles. The rows are streamed from the runs as they are computed, so a
 * scenario of 16 runs × 10⁶ steps needs no more memory than a short one. A run whose start cannot be used
 * (its cost or gradient is not finite) has no rows.
 */
public final class PathCsv {

    /** The header line. */
    public static final String HEADER = "run,step,x,y,cost,grad_x,grad_y,lr";

    private PathCsv() {
    }

    /**
     * Writes the header and every row of every run of the scenario, run by run.
     *
     * @return the number of rows written (without the header)
     */
    public static long write(Scenario scenario, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(128);
        long[] rows = {0};
        for (int r = 0; r < scenario.runs().size(); r++) {
            RunConfig config = scenario.runs().get(r).config();
            int run = r;
            try {
                Simulation.stream(config, s -> {
                    row(line, run, s);
                    try {
                        out.append(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.flush();
        return rows[0];
    }

    private static void row(StringBuilder line, int run, StepRecord s) {
        line.setLength(0);
        line.append(run).append(',').append(s.step()).append(',')
                .append(s.w().x()).append(',').append(s.w().y()).append(',').append(s.cost()).append(',')
                .append(s.gradient().x()).append(',').append(s.gradient().y()).append(',')
                .append(s.learningRate()).append('\n');
    }

    /**
     * Writes the scenario's paths to a CSV file, atomically.
     *
     * @return the number of rows written (without the header)
     */
    public static long write(Scenario scenario, Path file) throws IOException {
        long[] rows = {0};
        AtomicFiles.write(file, content(scenario, rows));
        return rows[0];
    }

    /**
     * @param rows set to the number of rows written (without the header) when the content has been written
     * @return the CSV file's content, for {@link AtomicFiles#stage}
     */
    public static AtomicFiles.Content content(Scenario scenario, long[] rows) {
        return out -> rows[0] = write(scenario, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }
}
