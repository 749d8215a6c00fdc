package org.gdlab.app.lesson;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.gdlab.core.lesson.Lesson;

/**
 * The Lessons menu: every built-in lesson (the open one checked), then Next (N, Page Down), Previous
 * (P, Page Up) and Close caption. The bare keys are handled by the window's key filter, so the menu only
 * names them.
 */
public final class LessonMenu {

    private LessonMenu() {
    }

    /** @return the menu, bound to the model */
    public static Menu create(LessonModel model) {
        Menu menu = new Menu("_Lessons");
        menu.setId("lesson-menu");
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < model.lessons().size(); i++) {
            Lesson l = model.lessons().get(i);
            RadioMenuItem item = new RadioMenuItem((i + 1) + ". " + l.title());
            item.setMnemonicParsing(false);
            item.setId("lesson-" + l.id());
            item.setToggleGroup(group);
            int index = i;
            item.setOnAction(e -> model.open(index));
            menu.getItems().add(item);
        }
        model.indexProperty().addListener((o, was, is) -> {
            int i = is.intValue();
            if (i < 0) {
                group.selectToggle(null);
            } else {
                group.selectToggle((RadioMenuItem) menu.getItems().get(i));
            }
        });
        MenuItem next = new MenuItem("Next lesson\tN, Page Down");
        next.setId("lesson-next");
        next.setOnAction(e -> model.next());
        MenuItem previous = new MenuItem("Previous lesson\tP, Page Up");
        previous.setId("lesson-previous");
        previous.setOnAction(e -> model.previous());
        MenuItem close = new MenuItem("Close the caption");
        close.setId("lesson-close");
        close.setOnAction(e -> model.close());
        close.disableProperty().bind(model.indexProperty().lessThan(0));
        menu.getItems().addAll(new SeparatorMenuItem(), next, previous, close);
        return menu;
    }
}
