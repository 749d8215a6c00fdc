package org.gdlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A new text in a {@link FixedCell} lays out the label alone, unless the label needs another size. */
@ExtendWith(ApplicationExtension.class)
class FixedCellTest {

    private VBox column;
    private Label fixedWidth;
    private Label wrapping;
    private Label plain;

    @Start
    void start(Stage stage) {
        fixedWidth = new Label("step 1 / 100");
        fixedWidth.setMinWidth(120);
        fixedWidth.setPrefWidth(120);
        wrapping = new Label("one line");
        wrapping.setWrapText(true);
        plain = new Label("step 1 / 100");
        column = new VBox(new FixedCell(fixedWidth), new FixedCell(wrapping).fillWidth(), plain);
        column.setPrefWidth(200);
        stage.setScene(new Scene(column, 200, 300));
        stage.show();
    }

    private void settle() {
        UiFixture.fx(() -> {
            column.applyCss();
            column.layout();
        });
    }

    @Test
    void aNewTextOfTheSameSizeLeavesTheColumnAlone() {
        settle();
        assertTrue(UiFixture.fx(() -> {
            fixedWidth.setText("step 2 / 100");
            return !column.isNeedsLayout();
        }), "a fixed-width label's new text does not lay out its column");
        settle();
        assertTrue(UiFixture.fx(() -> {
            plain.setText("step 22 / 100");
            return column.isNeedsLayout();
        }), "without a cell, the same change lays out the column (the reason for the cell)");
    }

    @Test
    void aSentenceThatNeedsAnotherLineLaysOutTheColumn() {
        settle();
        double oneLine = UiFixture.fx(() -> wrapping.getHeight());
        assertFalse(UiFixture.fx(() -> {
            wrapping.setText("still one line");
            return column.isNeedsLayout();
        }), "the same number of lines");
        settle();
        assertTrue(UiFixture.fx(() -> {
            wrapping.setText("a sentence long enough to need a second line and a third one in a column this narrow");
            return column.isNeedsLayout();
        }), "more lines");
        settle();
        assertTrue(UiFixture.fx(() -> wrapping.getHeight()) > 1.5 * oneLine, "the label grew");
        assertEquals(UiFixture.fx(() -> column.getWidth()), UiFixture.fx(() -> wrapping.getWidth()), 0,
                "a filling cell gives its label the column's width");
    }

    @Test
    void aSentenceThatGainsALineWhileItsLabelWaitsForLayoutStillLaysOutTheColumn() {
        settle();
        double oneLine = UiFixture.fx(() -> wrapping.getHeight());
        // the label asks for its layout pass (as a new font or a first text makes it do), and its text changes
        // before that pass: it asks nothing the second time, so only the check before the layout pass sees it
        UiFixture.fx(() -> {
            wrapping.requestLayout();
            wrapping.setText("a sentence long enough to need a second line and a third one in a column this narrow");
        });
        WaitForAsyncUtils.waitForFxEvents(); // a pulse: its check, then its layout pass
        assertTrue(UiFixture.fx(() -> wrapping.getHeight()) > 1.5 * oneLine, "the label grew");
        assertEquals(UiFixture.fx(() -> wrapping.prefHeight(column.getWidth())), UiFixture.fx(() -> wrapping.getHeight()), 0,
                "the column gave the label all the lines it needs");
    }
}
