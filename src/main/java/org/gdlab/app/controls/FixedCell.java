package org.gdlab.app.controls;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * A layout boundary around one node whose content changes often (a label's text, a slider's knob, the
 * plot's layers): the node's own layout runs alone, and the window around it is laid out again only when
 * the node's preferred size really changed.
 *
 * <p>Why by hand: in JavaFX a control that changes its text or its knob asks its parent for a layout pass,
 * and the parent its parent, up to the window's root, so one label changing in every pulse lays out the
 * whole window (2–9 ms a pulse here, measured with {@code PulseProbe --layout-roots}). Only an unmanaged node
 * stops that climb; this cell holds its content unmanaged, sizes it to itself whenever it is laid out (its
 * minimum, preferred and maximum sizes and its content bias are the content's), and, when the content asks
 * for a layout pass, compares the content's preferred width and height with those it had at the cell's
 * last layout, then and again just before the next layout pass (a content that is waiting for its layout
 * does not ask again when its text changes once more; {@link BeforeLayout}): only if they differ does the
 * cell ask its own parent (a wrapping sentence that grew a line,
 * a step label for a longer run). The content keeps its id, style classes and bindings; the cell has no
 * style of its own and is picked only through its content.
 *
 * <p>A text whose width follows its words (a status line, a sentence under a slider) goes in a cell that
 * {@linkplain #fillWidth() fills its width}: the cell then takes the width its parent gives it and asks
 * for nothing more, its height is the content's at that width, and a new text lays out the window again
 * only when it needs another line.
 *
 * <p>Mutable (a node); JavaFX thread only.
 */
public final class FixedCell extends Region {

    private final Node content;
    private double prefWidthAtLayout = Double.NaN;
    private double prefHeightAtLayout = Double.NaN;
    private boolean laying;
    private boolean fill;
    private boolean keepTallest;

    /** the tallest the content has been at {@link #tallestAtWidth} since the last {@link #releaseTallest} */
    private double tallest;
    private double tallestAtWidth = Double.NaN;

    /** @param content the node to hold; it becomes unmanaged and is laid out by this cell only */
    public FixedCell(Node content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
        setPickOnBounds(false);
        getStyleClass().add("fixed-cell");
        if (content instanceof Parent p) {
            // a content asks for its layout pass once and stays asking until it is laid out: a text that changes
            // meanwhile (a label made dirty by its new font, then given its text) asks nothing more. So the sizes
            // are compared at the request (a knob moved), again just before the next layout pass (by then every
            // change of this pulse is in), and once the content has laid itself out
            p.needsLayoutProperty().addListener((o, was, is) -> {
                refitIfResized();
                if (is) {
                    BeforeLayout.of(getScene()).check(this);
                }
            });
        }
    }

    /**
     * From now on the cell takes any width its parent gives it (minimum and preferred width 0, no maximum)
     * and its height follows the content's at that width; {@link #fitContent()} undoes it.
     *
     * @return this cell
     */
    public FixedCell fillWidth() {
        fill = true;
        requestLayout();
        return this;
    }

    /**
     * From now on a cell that {@linkplain #fillWidth() fills its width} keeps the height of the tallest text
     * it has held at its width: a sentence that gets shorter leaves its room empty instead of pulling the
     * rows below it up, and the next longer one does not push them down again. A sentence under a slider
     * that alternates between two lengths while the slider is dragged (converges, diverges) then moves
     * nothing below it: no control jumps under the pointer, and the frame repaints the sentence alone
     * instead of everything under it. A new width, and {@link #releaseTallest}, start afresh.
     *
     * @param releaseOn changes that start afresh (another surface, another optimizer: other sentences)
     * @return this cell
     */
    public FixedCell keepTallest(javafx.beans.Observable... releaseOn) {
        keepTallest = true;
        for (javafx.beans.Observable o : releaseOn) {
            o.addListener(x -> releaseTallest());
        }
        return this;
    }

    /** The cell takes its content's height again, and keeps the tallest from now on (see {@link #keepTallest}). */
    public void releaseTallest() {
        tallestAtWidth = Double.NaN;
        tallest = 0;
        requestLayout();
    }

    /** @return the height the cell keeps for its content at this width: the content's, or the tallest it has been */
    private double keptHeight(double width, double contentHeight) {
        return keepTallest && fill && width == tallestAtWidth ? Math.max(contentHeight, tallest) : contentHeight;
    }

    /** The cell's sizes are the content's again (the default). */
    public void fitContent() {
        fill = false;
        requestLayout();
    }

    /**
     * @return {minimum, preferred, maximum} width of the cell now, from its content as it is (JavaFX keeps a
     *     parent's minimum and preferred width for height −1 until the parent is asked for a layout pass, and
     *     a content that changed its font while waiting for its own pass asked the cell for nothing: a floating
     *     banner kept the width of its text at 100 % after the window went to 200 %)
     */
    double[] widthsNow() {
        return new double[] {computeMinWidth(-1), computePrefWidth(-1), computeMaxWidth(-1)};
    }

    /** @return the node this cell holds */
    public Node content() {
        return content;
    }

    /** Compares the content's sizes with those at the cell's last layout and asks for one if they differ. */
    void refitIfResized() {
        if (laying || Double.isNaN(prefWidthAtLayout)) {
            return; // resized by this cell, or never laid out: the layout pass is on its way
        }
        double w = fill ? 0 : content.prefWidth(-1);
        double h = keptHeight(width(), content.prefHeight(fill || content.getContentBias() == Orientation.HORIZONTAL ? width() : -1));
        if (w != prefWidthAtLayout || h != prefHeightAtLayout) {
            requestLayout();
            if (!isManaged() && getParent() instanceof OverlayStack stack) {
                // floating: its request laid out only itself (and made JavaFX forget the sizes it keeps); it takes
                // its new size where it is, and nothing else moves
                stack.place(this);
            }
        }
    }

    private double width() {
        return Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
    }

    private double height() {
        return Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
    }

    @Override
    protected void layoutChildren() {
        laying = true;
        content.resizeRelocate(snappedLeftInset(), snappedTopInset(), width(), height());
        laying = false;
        prefWidthAtLayout = fill ? 0 : content.prefWidth(-1);
        double h = content.prefHeight(fill || content.getContentBias() == Orientation.HORIZONTAL ? width() : -1);
        if (keepTallest && fill) {
            if (width() != tallestAtWidth) {
                tallestAtWidth = width();
                tallest = 0;
            }
            tallest = Math.max(tallest, h);
        }
        prefHeightAtLayout = keptHeight(width(), h);
        if (!isManaged() && getParent() instanceof OverlayStack stack) {
            // floating: placed again by its content's sizes now (a label's new font comes in two steps, the default
            // font first, and the stack may have placed the cell at the default font's width); the same place and
            // size change nothing, a new size lays the cell out again in the next pulse
            stack.place(this);
        }
    }

    @Override
    public Orientation getContentBias() {
        return fill ? Orientation.HORIZONTAL : content.getContentBias();
    }

    @Override
    public double getBaselineOffset() {
        return snappedTopInset() + content.getBaselineOffset();
    }

    @Override
    protected double computeMinWidth(double height) {
        if (fill) {
            return snappedLeftInset() + snappedRightInset();
        }
        return snappedLeftInset() + content.minWidth(inner(height, true)) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + keptHeight(inner(width, false), content.minHeight(inner(width, false))) + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        if (fill) {
            return snappedLeftInset() + snappedRightInset();
        }
        return snappedLeftInset() + content.prefWidth(inner(height, true)) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + keptHeight(inner(width, false), content.prefHeight(inner(width, false))) + snappedBottomInset();
    }

    @Override
    protected double computeMaxWidth(double height) {
        if (fill) {
            return Double.MAX_VALUE;
        }
        return snappedLeftInset() + content.maxWidth(inner(height, true)) + snappedRightInset();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return snappedTopInset() + content.maxHeight(inner(width, false)) + snappedBottomInset();
    }

    /** @return the other dimension given to the cell, less the insets (−1 stays −1) */
    private double inner(double size, boolean vertical) {
        if (size < 0) {
            return size;
        }
        double insets = vertical ? snappedTopInset() + snappedBottomInset() : snappedLeftInset() + snappedRightInset();
        return Math.max(0, size - insets);
    }
}
