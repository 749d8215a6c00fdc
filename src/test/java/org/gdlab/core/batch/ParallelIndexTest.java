package org.gdlab.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelIndexTest {

    @Test
    void everyIndexRunsExactlyOnceForAnyThreadCount() {
        for (int threads : new int[] {1, 2, 3, 8}) {
            AtomicIntegerArray seen = new AtomicIntegerArray(257);
            ParallelIndex.forEach(257, threads, seen::incrementAndGet, CancellationToken.none());
            for (int i = 0; i < 257; i++) {
                assertEquals(1, seen.get(i), "index " + i + " with " + threads + " threads");
            }
        }
    }

    @Test
    void cancelledTokenStopsTakingIndices() {
        CancellationToken token = new CancellationToken();
        AtomicIntegerArray seen = new AtomicIntegerArray(1000);
        ParallelIndex.forEach(1000, 2, i -> {
            seen.incrementAndGet(i);
            token.cancel();
        }, token);
        int ran = 0;
        for (int i = 0; i < 1000; i++) {
            ran += seen.get(i);
        }
        // each of the two workers may have taken one index before it saw the flag
        assertTrue(ran >= 1 && ran <= 2, "ran " + ran);
    }

    @Test
    void aTaskFailureIsRethrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelIndex.forEach(10, 2, i -> {
            if (i == 3) {
                throw new IllegalStateException("boom");
            }
        }, CancellationToken.none()));
        assertEquals("boom", e.getMessage());
    }
}
