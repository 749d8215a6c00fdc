package org.gdlab.core.basin;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gdlab.core.scenario.AtomicFiles;

/**
 * Writes a {@link BasinMap} as CSV (RFC 4180, "\n" line ends, UTF-8 for files):
 * <pre>
 *   start_x,start_y,outcome,steps
 *   -5.0,-5.0,"minimum 3 (-3.779310, -3.283186)",41
 * </pre>
 * One line per computed start, row by row from yMin, left to right; coordinates as {@link Double#toString}
 * (they read back exactly); outcome the class label, quoted because it may contain a comma; steps as in
 * {@link BasinMap#steps(int, int)}. Starts of rows that were not computed are left out.
 */
public final class BasinCsvWriter {

    /** The header line. */
    public static final String HEADER = "start_x,start_y,outcome,steps";

    private BasinCsvWriter() {
    }

    /** Writes the map to out (not closed). */
    public static void write(BasinMap map, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        BasinSpec spec = map.spec();
        StringBuilder line = new StringBuilder(64);
        for (int j = 0; j < map.ny(); j++) {
            for (int i = 0; i < map.nx(); i++) {
                int id = map.classId(i, j);
                if (id < 0) {
                    continue;
                }
                line.setLength(0);
                line.append(spec.startX(i)).append(',').append(spec.startY(j)).append(',')
                        .append(quote(map.classes().get(id).label())).append(',').append(map.steps(i, j)).append('\n');
                out.append(line);
            }
        }
    }

    /** Writes the map to a UTF-8 file, replacing it atomically ({@link AtomicFiles}). */
    public static void write(BasinMap map, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            write(map, w);
            w.flush();
        });
    }

    /** @return the field, quoted (inner quotes doubled) when it holds a comma, quote or line break */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
