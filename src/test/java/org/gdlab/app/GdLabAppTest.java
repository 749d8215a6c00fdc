package org.gdlab.app;

import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class GdLabAppTest {

    @Start
    void start(Stage stage) {
        new GdLabApp().start(stage);
    }

    @Test
    void windowOpensWithTitle() {
        verifyThat("#title", hasText("GD Lab"));
    }
}
