package org.gdlab.cli;

import org.gdlab.core.data.DataCost;
import org.gdlab.core.data.MiniBatches;
import org.gdlab.core.sim.RunConfig;
import org.gdlab.core.sim.StepRecord;

/**
 * The column names of a run's rows: named after the parameters. On a surface {@code x, y, cost}; on data
 * the model's parameters and {@code loss} ({@code w, b} or {@code w1, w2}), the gradient columns
 * {@code grad_} + the parameter. A mini-batch run adds {@code batch_loss, epoch, batch}: the loss over the
 * batch that step k uses (row k's batch, drawn as {@link MiniBatches} says; on the last row, the batch the
 * next step would use), its epoch and its place in the epoch, both counted from 1.
 */
final class PathColumns {

    private final String p;
    private final String q;
    private final String cost;
    private final DataCost data;
    private final MiniBatches.Cursor batches;

    private PathColumns(String p, String q, String cost, DataCost data, MiniBatches.Cursor batches) {
        this.p = p;
        this.q = q;
        this.cost = cost;
        this.data = data;
        this.batches = batches;
    }

    /** @return the columns of a run of c */
    static PathColumns of(RunConfig c) {
        if (c.function() instanceof DataCost d) {
            var names = d.spec().model().parameterNames();
            return new PathColumns(names.get(0), names.get(1), "loss", d,
                    c.miniBatch() ? new MiniBatches.Cursor(c.miniBatches()) : null);
        }
        return new PathColumns("x", "y", "cost", null, null);
    }

    String p() {
        return p;
    }

    String q() {
        return q;
    }

    String cost() {
        return cost;
    }

    /** @return true when the batch columns follow */
    boolean batched() {
        return batches != null;
    }

    /** @return the CSV header */
    String header() {
        return "step," + p + "," + q + "," + cost + ",grad_" + p + ",grad_" + q + ",lr"
                + (batched() ? ",batch_loss,epoch,batch" : "");
    }

    /** @return the loss over row r's batch at w_r */
    double batchLoss(StepRecord r) {
        return batches.batchValue(data, r.step(), r.w().x(), r.w().y());
    }

    int epoch(StepRecord r) {
        return batches.batches().epoch(r.step());
    }

    int batch(StepRecord r) {
        return batches.batches().batch(r.step());
    }
}
