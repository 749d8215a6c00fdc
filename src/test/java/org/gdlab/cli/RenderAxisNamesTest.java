package org.gdlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** {@code gdlab render} names the plot's axes after the parameters in data mode, x and y otherwise. */
class RenderAxisNamesTest {

    @TempDir
    Path dir;

    private List<String> texts(String lesson) throws Exception {
        Path svg = dir.resolve(lesson + ".svg");
        CliResult r = CliResult.run("render", "--lesson", lesson, "--svg", svg.toString(), "--width", "640", "--height", "400");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(svg) > 0);
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }

    @Test
    void aLogisticLessonsAxesAreWAndB() throws Exception {
        List<String> t = texts("separable-growth");
        assertTrue(t.contains("w") && t.contains("b"), t.toString());
        assertFalse(t.contains("x") || t.contains("y"), t.toString());
    }

    @Test
    void aSurfaceLessonsAxesStayXAndY() throws Exception {
        List<String> t = texts("saddle-point");
        assertTrue(t.contains("x") && t.contains("y"), t.toString());
    }
}
