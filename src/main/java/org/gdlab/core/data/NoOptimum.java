package org.gdlab.core.data;

/** Why a model has no finite, unique minimiser on a dataset; {@link #id()} is the contract of the command line. */
public enum NoOptimum {
    /**
     * logistic with λ = 0 on classes that a threshold on x separates, with ties at most at the threshold
     * (separable or quasi-separable): J keeps falling as |w| grows, so no finite (w, b) attains its infimum
     */
    SEPARABLE("separable", "the classes are separable by a threshold on x and λ = 0, so the cost keeps falling as |w| grows: there is no finite optimum"),
    /**
     * logistic with every label equal: J falls as b runs to ±∞, even with λ &gt; 0, which penalises only w
     */
    ONE_CLASS("one_class", "every label is the same, so the cost keeps falling as b runs away (λ penalises only w): there is no finite optimum"),
    /**
     * the minimisers form a line: every x equal (linear, logistic with λ = 0), or the two features of linear2
     * are collinear (or one is all zero)
     */
    NOT_UNIQUE("not_unique", "the minimisers form a whole line (every x is equal, or the two features are collinear): there is no unique optimum");

    private final String id;
    private final String sentence;

    NoOptimum(String id, String sentence) {
        this.id = id;
        this.sentence = sentence;
    }

    /** @return the reason's id: separable, one_class or not_unique */
    public String id() {
        return id;
    }

    /** @return one sentence in plain words */
    public String sentence() {
        return sentence;
    }
}
