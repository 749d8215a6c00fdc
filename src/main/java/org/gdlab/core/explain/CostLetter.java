package org.gdlab.core.explain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gdlab.core.data.DataCost;
import org.gdlab.core.surface.CostFunction;

/**
 * The letter a sentence gives the cost: J on a data surface (the loss of a model over a dataset,
 * J(w, b), as the data mode's panels and the machine-learning texts write it) and C on every other surface.
 * The explainer's sentences are written once, with C; {@link #rename} puts the run's letter into them, so
 * that the banner, the legend, the command line's stderr line and its JSON "message" use the same letter as
 * the panel beside them.
 */
public final class CostLetter {

    /** the letter of the cost on an analytic surface */
    public static final String SURFACE = "C";
    /** the letter of the cost on a data surface */
    public static final String DATA = "J";

    /** a C standing alone: not inside a word or a name (neither a letter nor a digit next to it) */
    private static final Pattern ALONE = Pattern.compile("(?<![\\p{L}\\p{N}_])C(?![\\p{L}\\p{N}_])");

    private CostLetter() {
    }

    /** @return {@link #DATA} for a {@link DataCost}, else {@link #SURFACE} */
    public static String of(CostFunction f) {
        return f instanceof DataCost ? DATA : SURFACE;
    }

    /**
     * @param text a sentence written with C for the cost (C, ∇C, |∇C|, C*, C(w₀))
     * @param letter the letter to write instead
     * @return text with every C that stands alone written as {@code letter}; unchanged for C
     */
    public static String rename(String text, String letter) {
        return SURFACE.equals(letter) ? text : ALONE.matcher(text).replaceAll(Matcher.quoteReplacement(letter));
    }

    /** @return the outcome's headline and sentence in the letter of the run's cost f */
    static Outcome rename(Outcome o, CostFunction f) {
        String letter = of(f);
        return SURFACE.equals(letter) ? o
                : new Outcome(o.reason(), o.step(), rename(o.headline(), letter), rename(o.sentence(), letter));
    }
}
