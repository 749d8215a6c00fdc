package org.gdlab.core.basin;

/**
 * One finished row of a basin map being computed, for progressive drawing.
 *
 * @param row j (the row of starts at y_j)
 * @param classIds nx class ids (see {@link BasinMap#classes()}); {@link #PENDING} for a run that converged
 *     away from every known minimum, whose class is settled only when the whole map is clustered
 * @param steps nx step counts (as {@link BasinMap#steps(int, int)})
 * @param rowsDone how many rows are finished, this one included
 * @param rowsTotal ny
 */
public record BasinRow(int row, int[] classIds, int[] steps, int rowsDone, int rowsTotal) {

    /** Class id of a converged run not yet clustered (drawn in a neutral colour until the map is done). */
    public static final int PENDING = -1;

    /** @return rowsDone / rowsTotal */
    public double fractionDone() {
        return rowsDone / (double) rowsTotal;
    }
}
