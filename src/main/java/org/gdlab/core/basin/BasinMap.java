package org.gdlab.core.basin;

import java.util.List;
import java.util.Optional;

/**
 * An immutable computed basin map: for every start (i, j) of the spec's grid its class id and step count,
 * the classes, and the share of each.
 *
 * <p>Class ids: 0 … m − 1 are the known minima in the order listed (present even if no start reaches
 * them, so colours stay put when α changes), m is {@link OutcomeKind#DIVERGED}, m + 1 is
 * {@link OutcomeKind#NOT_CONVERGED}, and m + 2 … are the other points found, in the row-major order of
 * the first start that reached each. A cell of a row that was not computed (the map was cancelled) holds
 * {@link #NOT_COMPUTED}.
 *
 * <p>Steps: for a converged run the steps it took to converge, for a run that hit the limit the limit,
 * for a diverged run the step that could not be kept.
 */
public final class BasinMap {

    /** Class id of a cell whose row was not computed. */
    public static final int NOT_COMPUTED = -2;

    private final BasinSpec spec;
    private final int[] classIds;
    private final int[] steps;
    private final List<BasinClass> classes;
    private final long[] counts;
    private final long computed;
    private final int rowsDone;
    private final boolean cancelled;

    BasinMap(BasinSpec spec, int[] classIds, int[] steps, List<BasinClass> classes, int rowsDone, boolean cancelled) {
        this.spec = spec;
        this.classIds = classIds;
        this.steps = steps;
        this.classes = List.copyOf(classes);
        this.counts = new long[classes.size()];
        long n = 0;
        for (int id : classIds) {
            if (id >= 0) {
                counts[id]++;
                n++;
            }
        }
        this.computed = n;
        this.rowsDone = rowsDone;
        this.cancelled = cancelled;
    }

    /** @return what was computed */
    public BasinSpec spec() {
        return spec;
    }

    /** @return starts per row */
    public int nx() {
        return spec.nx();
    }

    /** @return rows */
    public int ny() {
        return spec.ny();
    }

    /** @return the class id of start (i, j), or {@link #NOT_COMPUTED} */
    public int classId(int i, int j) {
        return classIds[index(i, j)];
    }

    /** @return the class of start (i, j), empty if not computed */
    public Optional<BasinClass> classAt(int i, int j) {
        int id = classId(i, j);
        return id >= 0 ? Optional.of(classes.get(id)) : Optional.empty();
    }

    /** @return the step count of start (i, j) (0 if not computed) */
    public int steps(int i, int j) {
        return steps[index(i, j)];
    }

    /** @return a copy of all class ids, index j·nx + i (j = 0 at yMin) */
    public int[] classIds() {
        return classIds.clone();
    }

    /** @return a copy of all step counts, index j·nx + i */
    public int[] stepCounts() {
        return steps.clone();
    }

    /** @return the classes, indexed by id */
    public List<BasinClass> classes() {
        return classes;
    }

    /** @return how many computed starts fell into the class */
    public long count(int classId) {
        return counts[classId];
    }

    /** @return count(classId) / number of computed starts (0 when none was computed) */
    public double share(int classId) {
        return computed == 0 ? 0 : counts[classId] / (double) computed;
    }

    /** @return the id of the class of the given kind among the fixed ones (DIVERGED or NOT_CONVERGED) */
    public int idOf(OutcomeKind fixed) {
        return switch (fixed) {
            case DIVERGED -> spec.knownMinima().size();
            case NOT_CONVERGED -> spec.knownMinima().size() + 1;
            case KNOWN_MINIMUM, OTHER_MINIMUM, SADDLE_OR_MAXIMUM ->
                throw new IllegalArgumentException(fixed + " has one class per point, not a fixed id");
        };
    }

    /** @return the number of computed starts */
    public long computedCount() {
        return computed;
    }

    /** @return the number of finished rows (ny unless cancelled) */
    public int rowsDone() {
        return rowsDone;
    }

    /** @return true when the computation was cancelled before every row was finished */
    public boolean cancelled() {
        return cancelled;
    }

    private int index(int i, int j) {
        if (i < 0 || i >= spec.nx() || j < 0 || j >= spec.ny()) {
            throw new IndexOutOfBoundsException("cell (" + i + ", " + j + ") of a " + spec.nx() + " × " + spec.ny() + " map");
        }
        return j * spec.nx() + i;
    }
}
