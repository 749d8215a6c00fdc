package org.gdlab.app.lesson;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gdlab.app.scenario.ScenarioDocument;
import org.gdlab.core.lesson.Lesson;
import org.gdlab.core.lesson.Lessons;

/**
 * Which built-in lesson is open. Opening one shows its scenario through the {@link ScenarioDocument};
 * {@link #next()} and {@link #previous()} step through {@link Lessons#all()} in teaching order (next from no
 * lesson opens the first). When anything else is shown (New, Open), no lesson is open any more.
 *
 * <p>Mutable; confined to the JavaFX thread. Touches no nodes.
 */
public final class LessonModel {

    private final ScenarioDocument doc;
    private final List<Lesson> lessons;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>(this, "current");

    public LessonModel(ScenarioDocument doc) {
        this(doc, Lessons.all());
    }

    /** @param lessons the lessons to step through, in order */
    public LessonModel(ScenarioDocument doc, List<Lesson> lessons) {
        this.doc = doc;
        this.lessons = List.copyOf(lessons);
        doc.shownProperty().addListener((o, was, is) -> {
            Lesson l = current.get();
            if (l != null && is != l.scenario()) {
                select(-1);
            }
        });
    }

    /** @return the lessons, in teaching order */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** Opens lesson {@code i} (0-based); out-of-range indices are ignored. */
    public void open(int i) {
        if (i < 0 || i >= lessons.size()) {
            return;
        }
        select(i);
        doc.show(lessons.get(i).scenario());
    }

    /** Opens the lesson with this id. @throws IllegalArgumentException for an unknown id */
    public void open(String id) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(id)) {
                open(i);
                return;
            }
        }
        throw new IllegalArgumentException("unknown lesson '" + id + "'");
    }

    /** Opens the next lesson (the first when none is open); stays on the last. */
    public void next() {
        open(Math.min(lessons.size() - 1, index.get() + 1));
    }

    /** Opens the previous lesson (the first when none is open); stays on the first. */
    public void previous() {
        open(Math.max(0, index.get() - 1));
    }

    /** Closes the caption (the scenario stays on screen). */
    public void close() {
        select(-1);
    }

    private void select(int i) {
        index.set(i);
        current.set(i < 0 ? null : lessons.get(i));
    }

    /** @return the open lesson's index, −1 for none */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** @return the open lesson, null for none */
    public ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }
}
