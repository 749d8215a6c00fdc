package org.gdlab.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The About box names every bundled library with the version in the pom and a licence; and its icons exist. */
class AboutBoxTest {

    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find(), name);
        return m.group(1).strip();
    }

    @ParameterizedTest
    @CsvSource({
        "JavaFX, javafx.version, GPL-2.0 with the Classpath Exception",
        "JFreeChart, jfreechart.version, LGPL-2.1",
        "EJML, ejml.version, Apache-2.0",
        "picocli, picocli.version, Apache-2.0",
        "Jackson, jackson.version, Apache-2.0",
        "Apache Commons CSV, commons-csv.version, Apache-2.0"})
    void namesTheLibraryWithItsVersionAndLicence(String name, String property, String licence) throws IOException {
        String version = pomProperty(property);
        String line = AboutBox.text().lines().filter(l -> l.contains(name + " ")).findFirst().orElse("");
        assertTrue(line.contains(name + " " + version), line + " has " + version);
        assertTrue(line.contains(licence), line);
    }

    @Test
    void saysItsOwnLicenceAndEveryVersionIsKnown() {
        String text = AboutBox.text();
        assertTrue(text.contains("MIT"), text);
        assertTrue(text.contains("JFreeSVG 5."), text);
        assertTrue(text.contains("FXGraphics2D 2."), text);
        assertTrue(text.contains("JFreeChart-FX 2."), text);
        assertTrue(text.contains("cividis") && text.contains("CC0 1.0"), text);
        assertTrue(text.contains("Dataset cars") && text.contains("Dataset challenger"), text);
        assertFalse(text.contains(" ? ") || text.contains("?\n") || text.contains(" ? —"), text);
    }

    @Test
    void versionIsThePackagedOneWhenTheLauncherSetsIt() {
        String before = System.getProperty("jpackage.app-version");
        try {
            System.setProperty("jpackage.app-version", "1.2.3");
            assertEquals("1.2.3", AboutBox.version());
        } finally {
            if (before == null) {
                System.clearProperty("jpackage.app-version");
            } else {
                System.setProperty("jpackage.app-version", before);
            }
        }
    }

    @Test
    void theIconComesInEverySize() {
        for (int s : new int[] {16, 32, 48, 64, 128, 256}) {
            assertNotNull(AboutBox.class.getResource("gdlab-" + s + ".png"), s + " px");
        }
    }
}
