package org.gdlab.app.race;

import org.gdlab.core.explain.Outcome;

/**
 * The one-character mark a legend chip gives how its run ends, so that a chip stays short: ✓ converged
 * (|∇C| fell below the tolerance), ✗ diverged, ⇥ stopped at the step limit, ⊘ stopped
 * because no acceptable step was found (a line search failed, or Polyak's C* was wrong) (the chip's tooltip and the
 * "+N" drawer say which of the step-limit cases and at which step, in the explainer's words).
 */
public final class OutcomeMark {

    /** every mark there is, for sizing a chip that may show any of them */
    public static final java.util.List<String> ALL = java.util.List.of("✓", "✗", "⇥", "⊘");

    private OutcomeMark() {
    }

    /** @return the mark of the outcome: "✓", "✗", "⇥" or "⊘"; "" for none (not planned yet) */
    public static String of(Outcome o) {
        if (o == null) {
            return "";
        }
        return switch (o.status()) {
            case CONVERGED -> "✓";
            case DIVERGED -> "✗";
            case MAX_STEPS -> "⇥";
            case STOPPED -> "⊘";
        };
    }
}
