package org.gdlab.core.lesson;

import java.util.Objects;
import org.gdlab.core.scenario.Scenario;

/**
 * A built-in lesson: a scenario (whose title and caption are the lesson's) and one thing to try.
 *
 * @param id a stable id, e.g. "lr-too-large" (lower case, hyphenated)
 * @param scenario what to show; its {@link Scenario#title()} and {@link Scenario#caption()} are the lesson's
 * @param tryThis one thing to try, as an imperative sentence
 */
public record Lesson(String id, Scenario scenario, String tryThis) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(tryThis, "tryThis");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("a lesson id is lower case and hyphenated, got '" + id + "'");
        }
    }

    /** @return the title shown in menus and on the plot */
    public String title() {
        return scenario.title();
    }

    /** @return what to notice */
    public String caption() {
        return scenario.caption();
    }
}
