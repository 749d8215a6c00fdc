package org.gdlab.app.present;

/** The window's colour themes. Each but the light one is a style sheet next to this class, on top of the app's. */
public enum Theme {
    /** The app's own colours (gdlab.css). */
    LIGHT("Light", null),
    /** Dark panels and light text, for a dim room. */
    DARK("Dark", "dark.css"),
    /** Black on white and white on black only, bold type and thick borders, for a washed-out projector. */
    HIGH_CONTRAST("High contrast", "high-contrast.css");

    private final String displayName;
    private final String css;

    Theme(String displayName, String css) {
        this.displayName = displayName;
        this.css = css;
    }

    /** @return the name in the View menu */
    public String displayName() {
        return displayName;
    }

    /** @return the style sheet's URL, or null for the light theme */
    public String stylesheet() {
        return css == null ? null : Theme.class.getResource(css).toExternalForm();
    }

    /** @return the theme after this one (light → dark → high contrast → light) */
    public Theme next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
