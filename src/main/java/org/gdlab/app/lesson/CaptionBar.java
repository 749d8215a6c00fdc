package org.gdlab.app.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson caption while a lesson is open: "Lesson 3 of 10" with previous / next / close buttons, the title,
 * what to notice, and "Try this: …". It reads across the top of the window, or down the side column in
 * presentation mode. Hidden (and taking no space) when no lesson is open.
 */
public final class CaptionBar extends VBox {

    public CaptionBar(LessonModel model) {
        setId("caption-bar");
        getStyleClass().add("caption-bar");
        setPrefWidth(200); // its container decides the width (the window's, or the side column's); the text wraps
        setMinWidth(0);
        Label title = new Label();
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        title.setWrapText(true);
        Label caption = new Label();
        caption.setId("caption-text");
        caption.getStyleClass().add("caption-text");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Label tryThis = new Label();
        tryThis.setId("caption-try");
        tryThis.getStyleClass().add("caption-try");
        tryThis.setWrapText(true);
        tryThis.setMinHeight(Region.USE_PREF_SIZE);
        Label counter = new Label();
        counter.setId("caption-counter");
        counter.getStyleClass().add("caption-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(counter, spacer, button("◀ P", "caption-previous", model::previous),
                button("N ▶", "caption-next", model::next), button("✕", "caption-close", model::close));
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("caption-heading");
        title.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(heading, title, caption, tryThis);
        getStylesheets().add(CaptionBar.class.getResource("caption.css").toExternalForm());

        model.currentProperty().addListener((o, was, l) -> {
            if (l == null) {
                counter.setText("");
                title.setText("");
                caption.setText("");
                tryThis.setText("");
            } else {
                int i = model.indexProperty().get();
                counter.setText("Lesson " + (i + 1) + " of " + model.lessons().size());
                title.setText(l.title());
                caption.setText(l.caption());
                tryThis.setText("Try this: " + l.tryThis());
            }
            setVisible(l != null);
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
