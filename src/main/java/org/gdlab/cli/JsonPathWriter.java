package org.gdlab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.gdlab.core.sim.Converged;
import org.gdlab.core.sim.Diverged;
import org.gdlab.core.sim.MaxSteps;
import org.gdlab.core.sim.RunEnd;
import org.gdlab.core.sim.StepRecord;

/**
 * JSON: {@code {"function", "optimizer", "steps": [{step,x,y,cost,grad_x,grad_y,lr}, …], "status",
 * "diverged_at"}}. Streamed with Jackson, so {@code status} and {@code diverged_at} follow the rows.
 */
final class JsonPathWriter implements PathWriter {

    private final JsonGenerator json;

    JsonPathWriter(PrintWriter out, String function, String optimizer) {
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
            json.writeNumberField("x", r.w().x());
            json.writeNumberField("y", r.w().y());
            json.writeNumberField("cost", r.cost());
            json.writeNumberField("grad_x", r.gradient().x());
            json.writeNumberField("grad_y", r.gradient().y());
            json.writeNumberField("lr", r.learningRate());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the JSON name of how the run ended: converged, max_steps or diverged */
    static String statusName(RunEnd end) {
        if (end instanceof Converged) {
            return "converged";
        }
        if (end instanceof MaxSteps) {
            return "max_steps";
        }
        if (end instanceof Diverged) {
            return "diverged";
        }
        throw new IllegalStateException("unknown run end " + end);
    }

    @Override
    public void finish(RunEnd end) {
        try {
            json.writeEndArray();
            json.writeStringField("status", statusName(end));
            if (end instanceof Diverged d) {
                json.writeNumberField("diverged_at", d.step());
            } else {
                json.writeNullField("diverged_at");
            }
            json.writeEndObject();
            json.writeRaw(System.lineSeparator());
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
