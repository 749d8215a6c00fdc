package org.gdlab.app.viewmodel;

import java.util.function.Consumer;

/**
 * Injected failures: while a kind is broken, each of its jobs throws an {@link IllegalStateException} with
 * the given reason before it runs (through {@link Background#setBeforeJob}).
 */
public final class Faults implements Consumer<String> {

    private volatile String kind;
    private volatile String reason;

    private Faults() {
    }

    /** @return faults installed in {@code background}, none broken yet */
    public static Faults in(Background background) {
        Faults f = new Faults();
        background.setBeforeJob(f);
        return f;
    }

    /** From now on every job of the kind whose failure head is {@code kind} fails with {@code reason}. */
    public void breakKind(String kind, String reason) {
        this.reason = reason;
        this.kind = kind;
    }

    /** No kind fails any more. */
    public void heal() {
        kind = null;
    }

    @Override
    public void accept(String failure) {
        if (failure.equals(kind)) {
            throw new IllegalStateException(reason);
        }
    }
}
