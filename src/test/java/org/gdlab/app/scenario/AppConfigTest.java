package org.gdlab.app.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gdlab.core.lesson.Lessons;
import org.gdlab.core.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recent files and the last session, kept in a temporary config directory (never the user's). */
class AppConfigTest {

    @TempDir
    Path dir;

    @Test
    void recentFilesAreReadBackNewestFirst() throws Exception {
        AppConfig c = new AppConfig(dir.resolve("cfg"));
        List<Path> files = List.of(dir.resolve("b.gdlab.json").toAbsolutePath(), dir.resolve("a.gdlab.json").toAbsolutePath());
        c.saveRecentFiles(files);
        assertEquals(files, new AppConfig(dir.resolve("cfg")).recentFiles());
    }

    @Test
    void aMissingOrCorruptConfigReadsAsNothingRemembered() throws Exception {
        AppConfig c = new AppConfig(dir);
        assertEquals(List.of(), c.recentFiles());
        assertTrue(c.lastSession().isEmpty());
        Files.writeString(dir.resolve("recent.json"), "{not json");
        Files.writeString(dir.resolve("session.gdlab.json"), "{\"format\": 3}");
        assertEquals(List.of(), c.recentFiles());
        assertTrue(c.lastSession().isEmpty());
    }

    @Test
    void theSessionIsRestoredAsSaved() throws Exception {
        Scenario s = Lessons.all().get(2).scenario();
        new AppConfig(dir).saveSession(s);
        assertEquals(s, new AppConfig(dir).lastSession().orElseThrow());
    }

    @Test
    void theDefaultDirectoryFollowsTheOverrideProperty() {
        String old = System.getProperty(AppConfig.DIR_PROPERTY);
        try {
            System.setProperty(AppConfig.DIR_PROPERTY, dir.toString());
            assertEquals(dir, AppConfig.defaultDirectory());
        } finally {
            if (old == null) {
                System.clearProperty(AppConfig.DIR_PROPERTY);
            } else {
                System.setProperty(AppConfig.DIR_PROPERTY, old);
            }
        }
    }
}
