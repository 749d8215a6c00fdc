package org.gdlab.app.present;

import java.util.List;

/** Every key of the window, in one table: the help overlay lists it, and the docs copy it. */
public final class KeyHelp {

    /** One row: the keys and what they do; a row with empty keys is a group heading. */
    public record Row(String keys, String action) {

        /** @return true for a group heading */
        public boolean heading() {
            return keys.isEmpty();
        }
    }

    private KeyHelp() {
    }

    private static Row group(String name) {
        return new Row("", name);
    }

    /** All rows, grouped. */
    public static final List<Row> ROWS = List.of(
            group("Playback"),
            new Row("Space", "play / pause"),
            new Row("→  ←", "one step forward / back"),
            new Row("Home or R", "back to step 0"),
            new Row("End", "jump to the last step"),
            new Row("+  −", "zoom in / out about the centre"),
            new Row("V", "reset the view"),
            new Row("]  [", "α × / ÷ 10^0.1 (a tenth of a decade)"),
            new Row("}  {", "α × / ÷ 10"),
            group("Lessons"),
            new Row("N or Page Down", "next lesson"),
            new Row("P or Page Up", "previous lesson"),
            group("Mouse on the plot"),
            new Row("click, drag", "set / move the start point"),
            new Row("wheel", "zoom about the cursor"),
            new Row("right-drag", "pan"),
            group("Views"),
            new Row("B", "basin map on / off (where each start ends)"),
            new Row("3", "3-D landscape on / off"),
            new Row("A D  W S", "3-D view: turn / tilt the camera"),
            new Row("E  Q  0", "3-D view: closer / farther / reset"),
            group("Race and analysis (mouse)"),
            new Row("race bar", "Preset, Add a run, Single; legend: show, select, ×"),
            new Row("analysis", "open under the plot: charts, curvature, α sweep, race run"),
            group("Presentation"),
            new Row("F11", "full screen on / off"),
            new Row("Ctrl + =  /  −", "larger / smaller (100–200 %)"),
            new Row("Ctrl + 0", "back to 100 %"),
            new Row("F5", "presentation mode on / off (full screen, 150 %, high contrast)"),
            new Row("Esc", "close this help; else leave presentation mode"),
            new Row("F9 or ☰", "side panel: show / hide (a drawer where it does not fit)"),
            new Row("T", "theme: light, dark, high contrast"),
            new Row("F1 or ?", "this help"),
            new Row("click the title", "lesson: show / hide what to notice and try"),
            group("File"),
            new Row("Ctrl + N", "new"),
            new Row("Ctrl + O", "open…"),
            new Row("Ctrl + S", "save"),
            new Row("Ctrl + Shift + S", "save as"),
            new Row("Ctrl + E", "export PNG"),
            new Row("Ctrl + Shift + E", "export GIF"),
            group("Text fields"),
            new Row("Esc", "leave a text field"),
            new Row("Enter", "apply a formula or value"),
            group("Formula language"),
            new Row("x  y  pi  e", "+ − * / ^ ( )  sin exp log …"),
            new Row("example", "(1 - x)^2 + 100*(y - x^2)^2"));

    /** @return the index in {@link #ROWS} of the group heading that starts the second column */
    public static int secondColumn() {
        int headings = 0;
        for (int i = 0; i < ROWS.size(); i++) {
            if (ROWS.get(i).heading() && ++headings == 6) {
                return i;
            }
        }
        return ROWS.size();
    }
}
