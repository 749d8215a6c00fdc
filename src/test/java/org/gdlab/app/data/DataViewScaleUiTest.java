package org.gdlab.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.gdlab.app.ShellFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The data view's text follows the window's UI scale (the setting Ctrl+= changes), as the rest of the window
 * does: at 200 % its font is twice the size it is at 100 %, its margins are twice as wide, and the title's
 * letters, measured on the drawn picture, are twice as high.
 */
@ExtendWith(ApplicationExtension.class)
class DataViewScaleUiTest {

    @TempDir
    static Path config;

    private ShellFixture ui;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        ui = new ShellFixture(stage, config);
    }

    @AfterEach
    void stop() {
        ShellFixture.fx(() -> {
            ui.view.dispose();
            stage.close();
        });
    }

    /** @return the font size, the main panel's left margin and the height of the title's ink, in pixels */
    private double[] measure() {
        ui.idle();
        DataView v = ui.view.dataView();
        Image img = ShellFixture.fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return (Image) v.snapshot(null, null);
        });
        Rectangle2D band = ShellFixture.fx(() -> v.titleBands().get(0));
        return ShellFixture.fx(() -> new double[] {v.labelFont().getSize(), v.mainPanel().left(), inkHeight(img, band)});
    }

    /** @return the number of pixel rows of the band that hold a dark pixel (the title's letters) */
    private static double inkHeight(Image img, Rectangle2D band) {
        PixelReader r = img.getPixelReader();
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        for (int y = (int) band.getMinY(); y < Math.min(img.getHeight(), band.getMaxY()); y++) {
            for (int x = (int) Math.max(0, band.getMinX()); x < Math.min(img.getWidth(), band.getMaxX()); x++) {
                int argb = r.getArgb(x, y);
                int sum = ((argb >> 16) & 255) + ((argb >> 8) & 255) + (argb & 255);
                if (sum < 3 * 128) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return bottom - top + 1;
    }

    @Test
    void atTwoHundredPercentTheDataViewsTextIsTwiceAsLarge() {
        ShellFixture.fx(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
            ui.vm.surfaceIdProperty().set("data:cars:linear");
        });
        double[] normal = measure();
        ShellFixture.fx(() -> ui.shell.presentation().setScale(2));
        double[] large = measure();
        assertEquals(DataView.FONT, normal[0], 1e-9, "11 px at 100 %");
        assertEquals(2 * normal[0], large[0], 1e-9, "the font");
        assertEquals(2 * normal[1], large[1], 1e-9, "the left margin (room for the tick labels)");
        assertTrue(normal[2] >= 6, "the title is drawn: " + normal[2] + " rows of ink");
        assertTrue(large[2] >= 1.7 * normal[2] && large[2] <= 2.3 * normal[2],
                "the title's letters are " + large[2] + " px high at 200 % against " + normal[2] + " px at 100 %");
    }
}
