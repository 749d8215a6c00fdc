package org.gdlab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.gdlab.core.explain.Outcome;
import org.gdlab.core.explain.Status;
import org.gdlab.core.sim.StepRecord;

/**
 * JSON: {@code {"function", "optimizer", "steps": [{step,x,y,cost,grad_x,grad_y,lr}, …], "status", "reason",
 * "diverged_at", "message"}}: the status and reason codes and the sentence of
 * {@link org.gdlab.core.explain.Explainer}. Streamed with Jackson, so they follow the rows.
 */
final class JsonPathWriter implements PathWriter {

    private final JsonGenerator json;
    private final PathColumns columns;

    /** On data the row keys are named after the parameters, as the CSV columns ({@link PathColumns}). */
    JsonPathWriter(PrintWriter out, String function, String optimizer, PathColumns columns) {
        this.columns = columns;
        try {
            json = new JsonFactory().createGenerator(out);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("function", function);
            json.writeStringField("optimizer", optimizer);
            json.writeArrayFieldStart("steps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(StepRecord r) {
        try {
            json.writeStartObject();
            json.writeNumberField("step", r.step());
            json.writeNumberField(columns.p(), r.w().x());
            json.writeNumberField(columns.q(), r.w().y());
            json.writeNumberField(columns.cost(), r.cost());
            json.writeNumberField("grad_" + columns.p(), r.gradient().x());
            json.writeNumberField("grad_" + columns.q(), r.gradient().y());
            json.writeNumberField("lr", r.learningRate());
            if (columns.batched()) {
                json.writeNumberField("batch_loss", columns.batchLoss(r));
                json.writeNumberField("epoch", columns.epoch(r));
                json.writeNumberField("batch", columns.batch(r));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(Outcome outcome) {
        try {
            json.writeEndArray();
            json.writeStringField("status", outcome.status().code());
            json.writeStringField("reason", outcome.reason().code());
            if (outcome.status() == Status.DIVERGED) {
                json.writeNumberField("diverged_at", outcome.step());
            } else {
                json.writeNullField("diverged_at");
            }
            json.writeStringField("message", outcome.sentence());
            json.writeEndObject();
            json.writeRaw(System.lineSeparator());
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
