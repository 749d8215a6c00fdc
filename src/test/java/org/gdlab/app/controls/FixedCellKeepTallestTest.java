package org.gdlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A {@link FixedCell#keepTallest} sentence (the stability sentences under the α slider): once it has been
 * long, a shorter one moves nothing below it, until its width changes or it is released.
 */
@ExtendWith(ApplicationExtension.class)
class FixedCellKeepTallestTest {

    private VBox column;
    private Label kept;
    private FixedCell keptCell;
    private Label below;
    private final IntegerProperty surfaceChosen = new SimpleIntegerProperty();

    @Start
    void start(Stage stage) {
        kept = new Label("converges");
        kept.setWrapText(true);
        keptCell = new FixedCell(kept).fillWidth().keepTallest(surfaceChosen);
        below = new Label("Tune live");
        column = new VBox(keptCell, below);
        stage.setScene(new Scene(column, 200, 300));
        stage.sizeToScene(); // the stage is shared by the tests: a size an earlier test set stays until reset
        stage.show();
    }

    /** a pulse (its check before layout, then its layout pass), then a layout pass of the column */
    private void settle() {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        UiFixture.fx(() -> {
            column.applyCss();
            column.layout();
        });
    }

    private static final String LONG = "a sentence long enough to need a second line and a third one in a column this narrow";

    @Test
    void aSentenceThatKeepsItsTallestLeavesTheRowsBelowWhereTheyAreWhenItShrinksAndGrowsBack() {
        settle();
        double oneLine = UiFixture.fx(() -> below.getLayoutY());
        UiFixture.fx(() -> kept.setText(LONG));
        settle();
        double grown = UiFixture.fx(() -> below.getLayoutY());
        assertTrue(grown > oneLine + 10, "the first longer sentence pushes the row below down: " + oneLine + " → " + grown);
        assertFalse(UiFixture.fx(() -> {
            kept.setText("converges");
            return column.isNeedsLayout();
        }), "a shorter sentence lays nothing out");
        settle();
        assertEquals(grown, UiFixture.fx(() -> below.getLayoutY()), 0, "the row below stays where it was");
        assertFalse(UiFixture.fx(() -> {
            kept.setText(LONG);
            return column.isNeedsLayout();
        }), "the long sentence again fits the room it left");
        settle();
        assertEquals(grown, UiFixture.fx(() -> below.getLayoutY()), 0);
        UiFixture.fx(() -> {
            kept.setText("converges");
            surfaceChosen.set(1); // another surface: other sentences, the room is given back
        });
        settle();
        assertEquals(oneLine, UiFixture.fx(() -> below.getLayoutY()), 0, "released, the cell is as tall as its sentence");
    }

    @Test
    void aCellThatKeepsItsTallestStartsAfreshAtANewWidth() {
        settle();
        UiFixture.fx(() -> kept.setText(LONG));
        settle();
        double narrow = UiFixture.fx(() -> keptCell.getHeight());
        UiFixture.fx(() -> {
            column.getScene().getWindow().setWidth(900);
            kept.setText("converges");
        });
        settle();
        assertTrue(UiFixture.fx(() -> keptCell.getHeight()) < narrow,
                "at a width where its sentence needs fewer lines, the room kept at the old width is not kept");
    }
}
