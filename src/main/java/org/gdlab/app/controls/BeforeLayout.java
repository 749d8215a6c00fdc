package org.gdlab.app.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
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
            reconnect(cell);
        }
    }

    /**
     * Asks again for the layout pass of the lowest managed ancestor of the cell that waits for one while its
     * parent does not. JavaFX passes a request for layout up only while the parent is not laying itself out,
     * so a request made during the parent's layout pass (a row that folds as it is laid out) can be left
     * waiting below a parent that has finished: no later pass reaches it (the playback bar's step label kept
     * the text of the lesson before). Asked now, outside any layout pass, the request reaches the window.
     */
    private static void reconnect(FixedCell cell) {
        for (Parent p = cell; p.getParent() != null; p = p.getParent()) {
            if (p.isManaged() && p.isNeedsLayout() && !p.getParent().isNeedsLayout()) {
                p.requestLayout();
                return;
            }
        }
    }
}
