package org.gdlab.render;

/** Told how far a long export (a GIF) has got; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

    /** Ignores progress. */
    ExportProgress NONE = (done, total) -> { };

    /** @param done frames written so far; @param total frames in all */
    void update(int done, int total);
}
