package org.gdlab.cli;

import java.io.PrintWriter;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.sim.StepRecord;

/**
 * CSV with the header {@code step,x,y,cost,grad_x,grad_y,lr} on a surface, the columns named after the
 * parameters on data ({@link PathColumns}); numbers parse back to the same doubles.
 */
final class CsvPathWriter implements PathWriter {

    /** The header, a contract of the command line. */
    static final String HEADER = "step,x,y,cost,grad_x,grad_y,lr";

    private final PrintWriter out;
    private final PathColumns columns;
    private final StringBuilder line = new StringBuilder(128);

    CsvPathWriter(PrintWriter out, PathColumns columns) {
        this.out = out;
        this.columns = columns;
        out.println(columns.header());
    }

    @Override
    public void row(StepRecord r) {
        line.setLength(0);
        line.append(r.step()).append(',')
                .append(Numbers.format(r.w().x())).append(',')
                .append(Numbers.format(r.w().y())).append(',')
                .append(Numbers.format(r.cost())).append(',')
                .append(Numbers.format(r.gradient().x())).append(',')
                .append(Numbers.format(r.gradient().y())).append(',')
                .append(Numbers.format(r.learningRate()));
        if (columns.batched()) {
            line.append(',').append(Numbers.format(columns.batchLoss(r)))
                    .append(',').append(columns.epoch(r))
                    .append(',').append(columns.batch(r));
        }
        out.println(line);
    }

    @Override
    public void finish(Outcome outcome) {
        out.flush();
    }
}
