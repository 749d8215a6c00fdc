package org.gdlab.core.scenario;

import java.util.Locale;
import java.util.Objects;
import org.gdlab.core.optim.Hyperparameter;
import org.gdlab.core.optim.OptimizerKind;
import org.gdlab.core.sim.RunConfig;

/**
 * One run of a scenario: the {@link RunConfig run specification} itself (the same value the window, the
 * command line and {@code render} run) plus how the legend names and colours it. Nothing here has a default
 * or a check of its own but the label and colour: every setting that shapes the trajectory is the config's.
 *
 * <p>Equality compares label, colour and every setting of the config except the identity of its cost
 * function: within one scenario every run is on the scenario's surface ({@link Scenario#surface()}), and a
 * surface read back from a file is a new object equal in every value.
 *
 * @param label what the legend calls the run; "" for an automatic label ({@link #displayLabel()})
 * @param color the path's colour as "#rrggbb" (lower case), or "" for the plot's palette
 * @param config the run
 */
public record ScenarioRun(String label, String color, RunConfig config) {

    /** @throws IllegalArgumentException for a colour not written #rrggbb */
    public ScenarioRun {
        label = label == null ? "" : label.strip();
        color = color == null ? "" : color.strip().toLowerCase(Locale.ROOT);
        if (!color.isEmpty() && !color.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("a colour must be written #rrggbb (e.g. #e41a1c), got '" + color + "'");
        }
        Objects.requireNonNull(config, "config");
    }

    /** @return the run with an automatic label and the palette's colour */
    public static ScenarioRun of(RunConfig config) {
        return new ScenarioRun("", "", config);
    }

    /**
     * @return the label, or when it is "" one made of the settings, e.g. "Gradient descent, α = 0.22" or
     *     "Momentum, α = 0.1, μ = 0.5, clip 1, inv:0.05, σ = 2" ("Exact line search": no α for a rule that
     *     does not use it)
     */
    public String displayLabel() {
        if (!label.isEmpty()) {
            return label;
        }
        RunConfig c = config;
        OptimizerKind k = c.optimizer();
        StringBuilder b = new StringBuilder(k.displayName());
        if (k.alpha() != org.gdlab.core.optim.OptimizerDefinition.Alpha.UNUSED) {
            b.append(", α = ").append(plain(c.learningRate())); // exact and polyak have no α
        }
        for (Hyperparameter d : c.hyper().declarations()) {
            if (d.inLabel()) {
                b.append(", ").append(d.symbol()).append(" = ").append(plain(c.hyper().get(d.name())));
            }
        }
        if (c.clips()) {
            b.append(", clip ").append(plain(c.clip()));
        }
        if (!c.scheduleSpec().equalsIgnoreCase("constant")) {
            b.append(", ").append(c.scheduleSpec());
        }
        if (c.warmup() > 1) {
            b.append(", warm-up ").append(c.warmup());
        }
        if (c.noise() > 0) {
            b.append(", σ = ").append(plain(c.noise()));
        }
        return b.toString();
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public ScenarioRun withLabel(String v) {
        return new ScenarioRun(v, color, config);
    }

    public ScenarioRun withColor(String v) {
        return new ScenarioRun(label, v, config);
    }

    public ScenarioRun withConfig(RunConfig v) {
        return new ScenarioRun(label, color, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioRun r && label.equals(r.label) && color.equals(r.color)
                && sameSettings(config, r.config);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, color, config.start(), config.optimizer(), config.hyper(), config.learningRate(),
                config.scheduleSpec(), config.warmup(), config.clip(), config.noise(), config.seed(), config.maxSteps(),
                config.batch());
    }

    /** @return true when a and b agree in every setting but the identity of their cost function */
    public static boolean sameSettings(RunConfig a, RunConfig b) {
        return a.start().equals(b.start()) && a.optimizer() == b.optimizer() && a.hyper().equals(b.hyper())
                && Double.compare(a.learningRate(), b.learningRate()) == 0 && a.schedule().equals(b.schedule())
                && a.warmup() == b.warmup() && Double.compare(a.clip(), b.clip()) == 0
                && Double.compare(a.noise(), b.noise()) == 0 && a.seed() == b.seed() && a.maxSteps() == b.maxSteps()
                && Double.compare(a.tolerance(), b.tolerance()) == 0
                && Double.compare(a.escapeBound(), b.escapeBound()) == 0 && a.batch() == b.batch();
    }
}
