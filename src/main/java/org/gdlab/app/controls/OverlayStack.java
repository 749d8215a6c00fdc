package org.gdlab.app.controls;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A stack of layers (the plot) with cells floating over them (the run's banner over the plot's top, the status
 * line over its bottom while presenting): a floating cell is unmanaged, so neither its size nor its changes
 * count in the stack's own size or lay out the window; the stack places it by its alignment and margin
 * ({@link StackPane#setAlignment}, {@link StackPane#setMargin}) at its preferred size, at most the stack's,
 * when the stack is laid out and whenever the cell's content changes size ({@link FixedCell} asks for it).
 * A banner that wraps from one line to three then moves no pixel of the window but its own.
 *
 * <p>Mutable (a node); JavaFX thread only.
 */
public final class OverlayStack extends StackPane {

    /** @param layers the nodes stacked as a {@link StackPane} stacks them (managed) */
    public OverlayStack(Node... layers) {
        super(layers);
    }

    /** Floats the cell over the layers at the given place of the stack (on top of what is there). */
    public void addFloating(FixedCell cell, Pos where) {
        cell.setManaged(false);
        StackPane.setAlignment(cell, where);
        if (!getChildren().contains(cell)) {
            getChildren().add(cell);
        }
        place(cell);
    }

    /** Takes the cell off the stack; it is managed again, for wherever it goes next. */
    public void removeFloating(FixedCell cell) {
        getChildren().remove(cell);
        cell.setManaged(true);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (Node n : getChildren()) {
            if (!n.isManaged() && n instanceof FixedCell cell) {
                place(cell);
            }
        }
    }

    /** Sizes the floating cell to its preferred size within the stack (less its margin) and aligns it there. */
    void place(FixedCell cell) {
        double[] box = boxOf(cell);
        cell.resizeRelocate(box[0], box[1], box[2], box[3]);
    }

    /** @return {x, y, width, height} of the floating cell: its preferred size within the stack, aligned */
    private double[] boxOf(FixedCell cell) {
        Insets m = StackPane.getMargin(cell) == null ? Insets.EMPTY : StackPane.getMargin(cell);
        Pos pos = StackPane.getAlignment(cell) == null ? getAlignment() : StackPane.getAlignment(cell);
        double left = snappedLeftInset() + m.getLeft();
        double top = snappedTopInset() + m.getTop();
        double areaW = Math.max(0, getWidth() - left - snappedRightInset() - m.getRight());
        double areaH = Math.max(0, getHeight() - top - snappedBottomInset() - m.getBottom());
        double[] widths = cell.widthsNow(); // not JavaFX's cached sizes, which may be an older text's
        double w = Math.min(areaW, Math.max(widths[0], Math.min(widths[1], widths[2])));
        double h = Math.min(areaH, Math.max(cell.minHeight(w), Math.min(cell.prefHeight(w), cell.maxHeight(w))));
        w = snapSizeX(w);
        h = snapSizeY(h);
        double x = left + (pos.getHpos() == HPos.LEFT ? 0 : pos.getHpos() == HPos.RIGHT ? areaW - w : (areaW - w) / 2);
        double y = top + (pos.getVpos() == VPos.TOP || pos.getVpos() == VPos.BASELINE ? 0
                : pos.getVpos() == VPos.BOTTOM ? areaH - h : (areaH - h) / 2);
        return new double[] {snapPositionX(x), snapPositionY(y), w, h};
    }
}
