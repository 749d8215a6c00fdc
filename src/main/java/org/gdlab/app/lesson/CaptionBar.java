package org.gdlab.app.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson caption while a lesson is open, in two parts. The title line (this node): "4/10", the title,
 * a button that opens or closes the text, and previous / next / close; a click on the title also opens or
 * closes the text. The text ({@link #body()}): what to notice and "Try this: …" in bold; its owner puts it
 * under the title line or over the plot, and shows it while {@code open} is true. Both are hidden (and take
 * no space) while no lesson is open. Every label wraps, none is ever cut.
 */
public final class CaptionBar extends HBox {

    private final VBox body;

    /**
     * @param model the lessons
     * @param open whether the text is shown (a click on the title or the button toggles it)
     */
    public CaptionBar(LessonModel model, BooleanProperty open) {
        setId("caption-bar");
        getStyleClass().add("caption-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        Label counter = new Label();
        counter.setId("caption-counter");
        counter.getStyleClass().add("caption-counter");
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label();
        title.setId("caption-title");
        title.getStyleClass().add("caption-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setOnMouseClicked(e -> open.set(!open.get()));
        HBox.setHgrow(title, Priority.ALWAYS);
        Button toggle = button("▾", "caption-toggle", () -> open.set(!open.get()));
        toggle.textProperty().bind(Bindings.when(open).then("▴").otherwise("▾"));
        toggle.setTooltip(new javafx.scene.control.Tooltip("Show or hide what to notice and what to try (or click the title)"));
        getChildren().addAll(counter, title, toggle, button("◀", "caption-previous", model::previous),
                button("▶", "caption-next", model::next), button("✕", "caption-close", model::close));
        getStylesheets().add(CaptionBar.class.getResource("caption.css").toExternalForm());

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
        body = new VBox(caption, tryThis);
        body.setId("caption-body");
        body.getStyleClass().add("caption-body");
        body.setMinHeight(Region.USE_PREF_SIZE);
        body.getStylesheets().add(CaptionBar.class.getResource("caption.css").toExternalForm());
        body.setOnMouseClicked(e -> open.set(false));

        model.currentProperty().addListener((o, was, l) -> {
            if (l == null) {
                counter.setText("");
                title.setText("");
                caption.setText("");
                tryThis.setText("");
            } else {
                int i = model.indexProperty().get();
                counter.setText((i + 1) + "/" + model.lessons().size());
                title.setText(l.title());
                caption.setText(l.caption());
                tryThis.setText("Try this: " + l.tryThis());
            }
            setVisible(l != null);
        });
        managedProperty().bind(visibleProperty());
        setVisible(false);
        var bodyShown = visibleProperty().and(open);
        body.visibleProperty().bind(bodyShown);
        body.managedProperty().bind(bodyShown);
    }

    /** @return the caption's text (what to notice, "Try this: …"): its owner places it */
    public VBox body() {
        return body;
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
