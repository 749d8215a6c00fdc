package org.gdlab.app.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gdlab.core.scenario.AtomicFiles;
import org.gdlab.core.scenario.Scenario;
import org.gdlab.core.scenario.ScenarioException;
import org.gdlab.core.scenario.ScenarioFiles;

/**
 * What the app remembers between sessions, as files in one directory: {@code recent.json} (a JSON array of
 * paths, newest first) and {@code session.gdlab.json} (the scenario on screen when the window closed, an
 * ordinary scenario file). Both are written atomically; a missing or bad file reads as "nothing remembered".
 *
 * <p>The directory is the user's config area ({@link #defaultDirectory()}); tests pass a temporary one.
 */
public final class AppConfig {

    /** System property that overrides the config directory. */
    public static final String DIR_PROPERTY = "gdlab.config.dir";
    /** The most recent files remembered. */
    public static final int MAX_RECENT = 8;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    /** @param dir the directory to keep the files in (created on the first write) */
    public AppConfig(Path dir) {
        this.dir = dir;
    }

    /**
     * @return {@code -Dgdlab.config.dir} if set; else {@code %APPDATA%\gdlab} on Windows,
     *     {@code ~/Library/Application Support/gdlab} on macOS, {@code $XDG_CONFIG_HOME/gdlab} or
     *     {@code ~/.config/gdlab} elsewhere
     */
    public static Path defaultDirectory() {
        String override = System.getProperty(DIR_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Path.of(System.getenv("APPDATA"), "gdlab");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/gdlab");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("gdlab");
    }

    /** @return the directory the files live in */
    public Path directory() {
        return dir;
    }

    /** @return the recent files, newest first (empty when none or unreadable) */
    public List<Path> recentFiles() {
        Path f = dir.resolve("recent.json");
        List<Path> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(f) && Files.size(f) < 64_000) {
                for (var node : JSON.readTree(Files.readString(f, StandardCharsets.UTF_8))) {
                    if (node.isTextual() && out.size() < MAX_RECENT) {
                        out.add(Path.of(node.asText()));
                    }
                }
            }
        } catch (IOException | InvalidPathException e) {
            return List.of();
        }
        return out;
    }

    /** Remembers the recent files (at most {@link #MAX_RECENT}). */
    public void saveRecentFiles(List<Path> files) throws IOException {
        List<String> paths = files.stream().limit(MAX_RECENT).map(p -> p.toAbsolutePath().toString()).toList();
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve("recent.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(paths));
    }

    /** @return the scenario of the last session, if one was saved and still opens */
    public Optional<Scenario> lastSession() {
        Path f = dir.resolve("session" + ScenarioFiles.EXTENSION);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ScenarioFiles.open(f));
        } catch (ScenarioException e) {
            return Optional.empty();
        }
    }

    /** Remembers the scenario on screen, to restore on the next start. */
    public void saveSession(Scenario s) throws IOException {
        Files.createDirectories(dir);
        ScenarioFiles.save(s, dir.resolve("session" + ScenarioFiles.EXTENSION));
    }
}
