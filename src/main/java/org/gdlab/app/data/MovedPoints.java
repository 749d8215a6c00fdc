package org.gdlab.app.data;

import java.util.HashMap;
import java.util.Map;
import org.gdlab.core.data.Dataset;

/**
 * The points moved since the dataset on screen was last copied: for each moved index its newest place
 * (x₁, x₂, y) and the edit that put it there. A drag adds one entry per mouse event in O(1) and the view reads
 * every point through {@link #x1}, {@link #x2}, {@link #y} (an entry if there is one, else the dataset's
 * value), so the JavaFX thread never copies the N points while a point is dragged; the worker copies them
 * once per cost it builds ({@link #appliedTo}), and the view model then forgets the entries that copy holds
 * ({@link #forgetUpTo}).
 *
 * <p>Mutable; confined to the JavaFX thread. {@link #snapshot()} gives the worker an immutable copy (as many
 * entries as points moved since the last copy: one while one point is dragged).
 */
final class MovedPoints {

    /** A moved point's newest place, put there by edit number {@code seq}. */
    record Place(long seq, double x1, double x2, double y) {
    }

    private final Map<Integer, Place> places = new HashMap<>();

    /** Point i is now at (x1, x2, y), by edit number seq. */
    void put(int i, long seq, double x1, double x2, double y) {
        places.put(i, new Place(seq, x1, x2, y));
    }

    /** Forget every entry (the points were copied with them, or replaced). */
    void clear() {
        places.clear();
    }

    /** Forget the entries of edits up to seq: a copy that holds them is on screen. */
    void forgetUpTo(long seq) {
        places.values().removeIf(p -> p.seq() <= seq);
    }

    /** @return true when no point has moved since the last copy */
    boolean isEmpty() {
        return places.isEmpty();
    }

    /** @return point i's x₁: its entry's, else d's */
    double x1(Dataset d, int i) {
        Place p = places.isEmpty() ? null : places.get(i);
        return p == null ? d.x1(i) : p.x1();
    }

    /** @return point i's x₂: its entry's, else d's */
    double x2(Dataset d, int i) {
        Place p = places.isEmpty() ? null : places.get(i);
        return p == null ? d.x2(i) : p.x2();
    }

    /** @return point i's y: its entry's, else d's */
    double y(Dataset d, int i) {
        Place p = places.isEmpty() ? null : places.get(i);
        return p == null ? d.y(i) : p.y();
    }

    /** @return an immutable copy of the entries, for the worker */
    Map<Integer, Place> snapshot() {
        return Map.copyOf(places);
    }

    /**
     * @param d       the dataset the entries were made over
     * @param entries a {@link #snapshot()}
     * @return d with every entry applied: one O(N) copy per entry, off the JavaFX thread
     */
    static Dataset appliedTo(Dataset d, Map<Integer, Place> entries) {
        Dataset out = d;
        for (Map.Entry<Integer, Place> e : entries.entrySet()) {
            Place p = e.getValue();
            out = out.moved(e.getKey(), p.x1(), p.x2(), p.y());
        }
        return out;
    }
}
