package org.gdlab.app.present;

/** The window's colour themes. Each but the light one is a style sheet next to this class, on top of the app's. */
public enum Theme {
    /** The app's own colours (gdlab.css). */
    LIGHT("Light", null, "#fafafa", "#212121"),
    /** Dark panels and light text, for a dim room; the plot's margins dark too. */
    DARK("Dark", "dark.css", "#202326", "#eceff1"),
    /** Black on white and white on black only, bold type and thick borders, for a washed-out projector. */
    HIGH_CONTRAST("High contrast", "high-contrast.css", "#ffffff", "#000000");

    private final String displayName;
    private final String css;
    private final String plotPaper;
    private final String plotInk;

    Theme(String displayName, String css, String plotPaper, String plotInk) {
        this.displayName = displayName;
        this.css = css;
        this.plotPaper = plotPaper;
        this.plotInk = plotInk;
    }

    /** @return the colour around the plot area (behind tick labels and the colour bar), as #rrggbb */
    public String plotPaper() {
        return plotPaper;
    }

    /** @return the colour of the plot's axes, ticks and their labels, as #rrggbb */
    public String plotInk() {
        return plotInk;
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
