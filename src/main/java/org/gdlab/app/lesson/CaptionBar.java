package org.gdlab.app.lesson;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The caption bar above the plot while a lesson is open: "3/10 · title", what to notice, and "Try this: …",
 * with buttons for the previous and next lesson. Hidden (and taking no space) when no lesson is open.
 */
public final class CaptionBar extends HBox {

    public CaptionBar(LessonModel model) {
        setId("caption-bar");
        getStyleClass().add("caption-bar");
        Label title = new Label();
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        Label caption = new Label();
        caption.setId("caption-text");
        caption.getStyleClass().add("caption-text");
        caption.setWrapText(true);
        Label tryThis = new Label();
        tryThis.setId("caption-try");
        tryThis.getStyleClass().add("caption-try");
        tryThis.setWrapText(true);
        VBox texts = new VBox(title, caption, tryThis);
        texts.getStyleClass().add("caption-texts");
        HBox.setHgrow(texts, Priority.ALWAYS);
        texts.setMaxWidth(Double.MAX_VALUE);
        Button previous = new Button("◀ P");
        previous.setId("caption-previous");
        previous.setFocusTraversable(false);
        previous.setOnAction(e -> model.previous());
        Button next = new Button("N ▶");
        next.setId("caption-next");
        next.setFocusTraversable(false);
        next.setOnAction(e -> model.next());
        Button close = new Button("✕");
        close.setId("caption-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> model.close());
        HBox buttons = new HBox(6, previous, next, close);
        buttons.setAlignment(Pos.TOP_RIGHT);
        getChildren().addAll(texts, buttons);
        getStylesheets().add(CaptionBar.class.getResource("caption.css").toExternalForm());

        model.currentProperty().addListener((o, was, l) -> {
            if (l == null) {
                title.setText("");
                caption.setText("");
                tryThis.setText("");
            } else {
                int i = model.indexProperty().get();
                title.setText((i + 1) + "/" + model.lessons().size() + " · " + l.title());
                caption.setText(l.caption());
                tryThis.setText("Try this: " + l.tryThis());
            }
            setVisible(l != null);
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }
}
