package org.gdlab.app.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.gdlab.app.UiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A floating cell (the run's banner over the plot) takes the width its text needs now, at most the room it
 * is given: after the window went to 200 %, the banner had kept the width of its 100 % text (JavaFX's cached
 * preferred width of the cell) and wrapped a sentence over three or four lines in a box that had room for two.
 */
@ExtendWith(ApplicationExtension.class)
class FloatingCellWidthTest {

    private static final String SENTENCE = "Converged at step 101: |∇C| = 8.65e-9 fell below the tolerance 1.00e-8, C = 1.84e-17.";

    private OverlayStack stack;
    private Label banner;
    private FixedCell cell;

    @Start
    void start(Stage stage) {
        Region plot = new Region();
        plot.setPrefSize(1000, 400);
        stack = new OverlayStack(plot);
        banner = new Label(SENTENCE);
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.setMaxHeight(Region.USE_PREF_SIZE);
        banner.setMaxWidth(900);
        banner.setStyle("-fx-font-size: 12px;");
        cell = new FixedCell(banner);
        stack.addFloating(cell, Pos.TOP_LEFT);
        stage.setScene(new Scene(stack, 1000, 400));
        stage.sizeToScene(); // the stage is shared by the tests: a size an earlier test set stays until reset
        stage.show();
    }

    @Test
    void aBannerWhoseFontDoublesTakesTheWidthItsTextNeedsNowUpToItsRoom() {
        WaitForAsyncUtils.waitForFxEvents();
        double small = UiFixture.fx(() -> cell.getWidth());
        assertEquals(UiFixture.fx(() -> banner.prefWidth(-1)), small, 1, "at 12 px the sentence fits on one line");
        UiFixture.fx(() -> banner.setStyle("-fx-font-size: 32px;")); // presentation at 200 % and more
        UiFixture.fx(() -> banner.setText(SENTENCE + " ")); // the next α's banner
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        double wanted = UiFixture.fx(() -> Math.min(900, banner.prefWidth(-1)));
        assertEquals(900, wanted, 1, "at 32 px the sentence is wider than the 900 px the banner may take");
        assertEquals(wanted, UiFixture.fx(() -> cell.getWidth()), 1, "the banner takes all the width it may");
        assertEquals(UiFixture.fx(() -> banner.prefHeight(cell.getWidth())), UiFixture.fx(() -> cell.getHeight()), 1,
                "and is as tall as its lines at that width");
    }
}
