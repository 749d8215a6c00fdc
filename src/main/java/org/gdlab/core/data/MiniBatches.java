package org.gdlab.core.data;

import java.util.SplittableRandom;

/**
 * The mini-batches of a run: N points, batch size B (1 ≤ B ≤ N), seed s. The exact procedure, so that a run
 * can be reproduced anywhere:
 * <ul>
 *   <li>an epoch is E = ⌈N/B⌉ steps; step k (from 0) is batch β = (k mod E) + 1 of epoch e = ⌊k/E⌋ + 1
 *       (both counted from 1);</li>
 *   <li>epoch e's order is a Fisher–Yates shuffle of (0, 1, …, N−1): starting from the identity, for
 *       i = N−1 down to 1, swap entries i and j with j = r.nextInt(i + 1), where
 *       r = {@code new SplittableRandom(s ^ (e · 0x9E3779B97F4A7C15L))} (a fresh generator per epoch, so any
 *       epoch's order can be made without the ones before it);</li>
 *   <li>batch β holds the points order[(β−1)·B … min(β·B, N)): every batch has B points but the last of an
 *       epoch, which holds the remaining N − (E−1)·B; each point is in exactly one batch per epoch.</li>
 * </ul>
 * Immutable; {@link Cursor} caches the current epoch's order for a loop.
 *
 * @param n         N ≥ 1
 * @param batchSize B, 1 ≤ B ≤ N
 * @param seed      s
 */
public record MiniBatches(int n, int batchSize, long seed) {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    /** @throws IllegalArgumentException unless 1 ≤ B ≤ N */
    public MiniBatches {
        if (n < 1) {
            throw new IllegalArgumentException("mini-batches need at least one point");
        }
        if (batchSize < 1 || batchSize > n) {
            throw new IllegalArgumentException("the batch size must be between 1 and N = " + n + ", got " + batchSize);
        }
    }

    /** @return E = ⌈N/B⌉, the steps of one epoch */
    public int stepsPerEpoch() {
        return (n + batchSize - 1) / batchSize;
    }

    /** @return the epoch of step k, counted from 1 */
    public int epoch(int k) {
        return k / stepsPerEpoch() + 1;
    }

    /** @return the batch of step k within its epoch, counted from 1 */
    public int batch(int k) {
        return k % stepsPerEpoch() + 1;
    }

    /** @return epoch e's order of the points (a new array; e counted from 1) */
    public int[] order(int e) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(seed ^ (e * GOLDEN));
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** @return the first position in the epoch's order of step k's batch */
    public int from(int k) {
        return (batch(k) - 1) * batchSize;
    }

    /** @return one past the last position in the epoch's order of step k's batch */
    public int to(int k) {
        return Math.min(batch(k) * batchSize, n);
    }

    /** @return the point indices of step k's batch (a new array) */
    public int[] indices(int k) {
        int[] order = order(epoch(k));
        return java.util.Arrays.copyOfRange(order, from(k), to(k));
    }

    /**
     * MUTABLE: the order of the epoch last asked for, so that a loop over the steps shuffles once per epoch.
     * Not thread-safe.
     */
    public static final class Cursor {

        private final MiniBatches batches;
        private int epoch;
        private int[] order;

        public Cursor(MiniBatches batches) {
            this.batches = batches;
        }

        /** @return the batches this cursor walks */
        public MiniBatches batches() {
            return batches;
        }

        /** @return the order of step k's epoch (shared: do not modify; replaced when the epoch changes) */
        public int[] orderFor(int k) {
            int e = batches.epoch(k);
            if (order == null || e != epoch) {
                order = batches.order(e);
                epoch = e;
            }
            return order;
        }

        /** @return J_B at (p, q) over step k's batch */
        public double batchValue(DataCost cost, int k, double p, double q) {
            return cost.batchValue(orderFor(k), batches.from(k), batches.to(k), p, q);
        }

        /** @return ∇J_B at (p, q) over step k's batch */
        public org.gdlab.core.math.Vec2 batchGradient(DataCost cost, int k, double p, double q) {
            return cost.batchGradient(orderFor(k), batches.from(k), batches.to(k), p, q);
        }
    }
}
