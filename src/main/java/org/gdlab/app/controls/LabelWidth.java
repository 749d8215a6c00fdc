package org.gdlab.app.controls;

import java.util.List;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * A label (or a button) as wide as the widest text it will show, in its current font: one whose text
 * changes while a slider moves or a run plays then keeps its width (its row is not laid out again, nothing
 * beside it moves) and is never cut, at any UI scale. Call again when the font, the insets or the list of
 * texts change. Stateless.
 */
public final class LabelWidth {

    private LabelWidth() {
    }

    /**
     * Makes {@code label}'s minimum and preferred width those of the widest of {@code texts} in its font, plus
     * its insets and a graphic beside the text (with its gap).
     */
    public static void fitWidest(Labeled label, List<String> texts) {
        double widest = 0;
        for (String s : texts) {
            Text t = new Text(s);
            t.setFont(label.getFont());
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        double w = Math.ceil(widest) + label.snappedLeftInset() + label.snappedRightInset() + 2;
        ContentDisplay d = label.getContentDisplay();
        if (label.getGraphic() != null && (d == ContentDisplay.LEFT || d == ContentDisplay.RIGHT)) {
            w += Math.ceil(label.getGraphic().prefWidth(-1)) + label.getGraphicTextGap();
        }
        if (w == label.getPrefWidth()) {
            return; // as wide as before: the row keeps its layout
        }
        label.setMinWidth(w);
        label.setPrefWidth(w);
        if (label.getParent() instanceof FixedCell cell) {
            cell.requestLayout(); // the label is unmanaged in its cell: a new size of its own does not reach the row
        }
    }
}
