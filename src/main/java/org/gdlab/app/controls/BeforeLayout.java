package org.gdlab.app.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

/**
 * The cells of one scene whose content asked for a layout pass since the last pulse: just before the pulse's
 * layout pass (a pre-layout pulse listener, registered once per scene and never removed, so that no list of
 * the scene changes while it is walked) each compares its content's sizes once more. By then every change of
 * the pulse is in: a label that was already waiting for its layout when its text changed again asked nothing
 * the second time, and only this check sees that it now needs another line.
 *
 * <p>Mutable; JavaFX thread only.
 */
final class BeforeLayout implements Runnable {

    private static final Object KEY = BeforeLayout.class;
    private static final BeforeLayout DETACHED = new BeforeLayout();

    private List<FixedCell> pending = new ArrayList<>();

    private BeforeLayout() {
    }

    /** @return the checks of the scene (a no-op set for a cell not in a scene: it is laid out when it joins one) */
    static BeforeLayout of(Scene scene) {
        if (scene == null) {
            return DETACHED;
        }
        return (BeforeLayout) scene.getProperties().computeIfAbsent(KEY, k -> {
            BeforeLayout checks = new BeforeLayout();
            scene.addPreLayoutPulseListener(checks);
            return checks;
        });
    }

    /** Checks the cell again before the next layout pass. */
    void check(FixedCell cell) {
        if (this != DETACHED && !pending.contains(cell)) {
            pending.add(cell);
        }
    }

    @Override
    public void run() {
        if (pending.isEmpty()) {
            return;
        }
        List<FixedCell> now = pending;
        pending = new ArrayList<>();
        for (FixedCell cell : now) {
            cell.refitIfResized();
        }
    }
}
