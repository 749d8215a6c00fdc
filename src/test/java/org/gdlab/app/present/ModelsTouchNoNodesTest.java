package org.gdlab.app.present;

import static org.gdlab.arch.SourceImports.importsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MVVM for issue 6: the models of lessons, presentation and scenarios import no nodes. */
class ModelsTouchNoNodesTest {

    @Test
    void lessonPresentationAndScenarioModelsImportNoNodes() {
        List<String> models = List.of("lesson/LessonModel.java", "present/PresentationModel.java", "present/Theme.java",
                "present/KeyHelp.java", "present/WindowLayout.java", "scenario/ScenarioDocument.java", "scenario/ScenarioMapper.java",
                "scenario/AppConfig.java", "export/ExportService.java", "export/GifSettings.java");
        for (String m : models) {
            assertEquals(List.of(), importsOf("app/" + m, "javafx.scene", "javafx.stage"), m);
        }
    }

    @Test
    void scaleStepsBy25PercentWithin100To200() {
        PresentationModel pm = new PresentationModel();
        pm.smaller();
        assertEquals(1.0, pm.scaleProperty().get(), 0, "never below 100 %");
        pm.setScale(1.1);
        pm.larger();
        assertEquals(1.25, pm.scaleProperty().get(), 0, "to the next step of 25 %");
        pm.setScale(1.6);
        pm.smaller();
        assertEquals(1.5, pm.scaleProperty().get(), 0, "to the step below");
        pm.setScale(7);
        assertEquals(2.0, pm.scaleProperty().get(), 0, "never above 200 %");
        pm.present();
        assertEquals(1.5, pm.scaleProperty().get(), 0);
        assertEquals(Theme.HIGH_CONTRAST, pm.themeProperty().get());
    }
}
