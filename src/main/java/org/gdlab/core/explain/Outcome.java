package org.gdlab.core.explain;

import java.util.Objects;

/**
 * How one run ended and why, in one sentence: what the banner, the run's legend entry, the command line's
 * stderr line and its JSON {@code "message"} show.
 *
 * @param reason why (its {@link Reason#status() status} is {@link #status()})
 * @param step for a converged run or one at the step limit the last row's step k; for a diverged run the
 *     first step that could not be kept
 * @param headline the start of the sentence, short enough for a legend: "Diverged at step 72",
 *     "Converged at step 93", "At the minimum after 100 steps (the step limit)" (or "At a
 *     minimum" when it is not the surface's listed global one)
 * @param sentence the whole sentence: the headline, a colon and what happened, ending with a full stop
 */
public record Outcome(Reason reason, int step, String headline, String sentence) {

    public Outcome {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** @return how the run ended */
    public Status status() {
        return reason.status();
    }

    /** @return the headline with a lower-case first letter, for a legend entry: "diverged at step 72" */
    public String legend() {
        return headline.isEmpty() ? headline : Character.toLowerCase(headline.charAt(0)) + headline.substring(1);
    }
}
