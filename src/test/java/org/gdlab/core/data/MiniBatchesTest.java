package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MiniBatchesTest {

    @ParameterizedTest(name = "N={0} B={1}")
    @CsvSource({"10,3", "10,10", "10,1", "7,4", "50,7", "1,1"})
    void everyEpochCoversEachPointExactlyOnce(int n, int b) {
        MiniBatches m = new MiniBatches(n, b, 42);
        int e = (n + b - 1) / b;
        assertEquals(e, m.stepsPerEpoch());
        for (int epoch = 1; epoch <= 3; epoch++) {
            int[] seen = new int[n];
            for (int k = (epoch - 1) * e; k < epoch * e; k++) {
                assertEquals(epoch, m.epoch(k));
                int[] idx = m.indices(k);
                int expected = m.batch(k) < e ? b : n - (e - 1) * b;
                assertEquals(expected, idx.length, "batch " + m.batch(k) + " of epoch " + epoch);
                for (int i : idx) {
                    seen[i]++;
                }
            }
            int[] once = new int[n];
            Arrays.fill(once, 1);
            assertArrayEquals(once, seen);
        }
    }

    @Test
    void stepsMapToEpochAndBatchCountedFromOne() {
        MiniBatches m = new MiniBatches(10, 4, 0); // 3 steps an epoch: batches of 4, 4, 2
        assertEquals(1, m.epoch(0));
        assertEquals(1, m.batch(0));
        assertEquals(3, m.batch(2));
        assertEquals(2, m.epoch(3));
        assertEquals(1, m.batch(3));
        assertEquals(8, m.from(2));
        assertEquals(10, m.to(2));
    }

    @Test
    void sameSeedSameOrderAndEpochsAreReshuffled() {
        MiniBatches a = new MiniBatches(100, 10, 5);
        MiniBatches b = new MiniBatches(100, 10, 5);
        assertArrayEquals(a.order(3), b.order(3));
        assertFalse(Arrays.equals(a.order(1), a.order(2)));
        assertFalse(Arrays.equals(a.order(1), new MiniBatches(100, 10, 6).order(1)));
    }

    /** The documented procedure, written out: Fisher–Yates with SplittableRandom(seed ^ e·0x9E3779B97F4A7C15). */
    @Test
    void orderIsTheDocumentedFisherYatesShuffle() {
        int n = 9;
        long seed = 123;
        int e = 2;
        int[] expected = {0, 1, 2, 3, 4, 5, 6, 7, 8};
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed ^ (e * 0x9E3779B97F4A7C15L));
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = expected[i];
            expected[i] = expected[j];
            expected[j] = t;
        }
        assertArrayEquals(expected, new MiniBatches(n, 4, seed).order(e));
    }

    @Test
    void batchSizeOutsideOneToNIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MiniBatches(5, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MiniBatches(5, 6, 0));
    }
}
