package org.gdlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataTest {

    private static Dataset read(String text, List<String> columns, int features) throws IOException {
        return CsvData.read(new StringReader(text), "t", columns, features);
    }

    private static String error(String text, List<String> columns, int features) {
        return assertThrows(IllegalArgumentException.class, () -> read(text, columns, features)).getMessage();
    }

    @Test
    void columnsAreChosenByHeaderNameOrOneBasedIndex() throws IOException {
        String csv = "name,speed,dist\ncar a,4,2\ncar b,7,22\n";
        Dataset byName = read(csv, List.of("speed", "dist"), 1);
        assertEquals(List.of("speed"), byName.featureNames());
        assertEquals("dist", byName.targetName());
        assertEquals(7.0, byName.x1(1));
        assertEquals(22.0, byName.y(1));
        Dataset byIndex = read(csv, List.of("3", "2"), 1);
        assertEquals(2.0, byIndex.x1(0));
        assertEquals(4.0, byIndex.y(0));
    }

    @Test
    void defaultColumnsAreTheFirstNumericOnes() throws IOException {
        Dataset d = read("name,a,b,c\nx,1,2,3\ny,4,5,6\n", List.of(), 2);
        assertEquals(List.of("a", "b"), d.featureNames());
        assertEquals("c", d.targetName());
        assertEquals(6.0, d.y(1));
    }

    @Test
    void fileWithoutHeaderIsAllData() throws IOException {
        Dataset d = read("1,2\n3,4\n", List.of(), 1);
        assertEquals(2, d.size());
        assertEquals("column 1", d.featureNames().get(0));
    }

    @Test
    void nonNumericCellIsReportedWithItsLine() {
        assertEquals("line 3: column 'y' holds 'abc', not a number", error("x,y\n1,2\n3,abc\n", List.of(), 1));
    }

    @Test
    void decimalCommaIsNotANumber() {
        assertEquals("line 2: column 'y' holds '2,5', not a number", error("x,y\n1,\"2,5\"\n", List.of("x", "y"), 1));
    }

    @Test
    void missingValueIsReportedWithItsLine() {
        assertEquals("line 4: column 'y' has no value", error("x,y\n1,2\n3,4\n5,\n", List.of(), 1));
    }

    @Test
    void shortLineIsReportedWithItsLine() {
        assertEquals("line 3: column 'y' is missing (the line has 1 cell)", error("x,y\n1,2\n3\n", List.of(), 1));
    }

    @Test
    void unclosedQuoteIsReportedWithItsLine() {
        assertEquals("line 3: a quoted cell (\") is never closed", error("x,y\n1,2\n3,\"4\n", List.of(), 1));
    }

    @Test
    void folderIsNotAFile(@TempDir Path dir) {
        assertEquals(dir + " is a folder, not a CSV file",
                assertThrows(IllegalArgumentException.class, () -> CsvData.read(dir, List.of(), 1)).getMessage());
    }

    @Test
    void unknownColumnNamesTheColumns() {
        assertEquals("no column 'z'; the columns are x, y", error("x,y\n1,2\n", List.of("z", "y"), 1));
    }

    @Test
    void fileWithOnlyAHeaderHasNoData() {
        assertEquals("t has no data rows", error("x,y\n", List.of(), 1));
    }

    @Test
    void tooFewNumericColumnsAreSaid() {
        assertEquals("line 2 has 1 numeric column, the model needs 3 (choose the columns)", error("a,b,c\nq,1,r\n", List.of(), 2));
    }

    /** 150,000 rows streamed from a reader that makes them on the fly: nothing but the chosen columns is kept. */
    @Test
    void readsMoreThanAHundredThousandRows() throws IOException {
        int rows = 150_000;
        Reader generated = new Reader() {
            private int row = -1;
            private String line = "";
            private int pos;

            @Override
            public int read(char[] buf, int off, int len) {
                int n = 0;
                while (n < len) {
                    if (pos == line.length()) {
                        if (row == rows) {
                            return n == 0 ? -1 : n;
                        }
                        line = row < 0 ? "x,noise,y\n" : row + ",ignored text," + (2 * row + 1) + "\n";
                        row++;
                        pos = 0;
                    }
                    buf[off + n++] = line.charAt(pos++);
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        Dataset d = CsvData.read(generated, "big", List.of("x", "y"), 1);
        assertEquals(rows, d.size());
        assertEquals(2.0 * (rows - 1) + 1, d.y(rows - 1));
        var fit = DataSpec.of(d, Model.LINEAR).cost().optimum().at();
        assertEquals(2.0, fit.x(), 1e-9);
        assertEquals(1.0, fit.y(), 1e-4);
    }

    @Test
    void missingFileIsSaidInPlainWords(@TempDir Path dir) {
        Path p = dir.resolve("nope.csv");
        assertEquals("no such file: " + p, assertThrows(IllegalArgumentException.class,
                () -> CsvData.read(p, List.of(), 1)).getMessage());
    }

    @Test
    void fileNameWithoutCsvIsTheDatasetName(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("heights.csv");
        Files.writeString(p, "h,w\n1.5,50\n1.8,80\n");
        assertEquals("heights", CsvData.read(p, List.of(), 1).name());
    }

    @Test
    void shippedDatasetsReadAsTheirKnownSizes() {
        assertEquals(50, BuiltinDatasets.load("cars").size());
        assertEquals(23, BuiltinDatasets.load("challenger").size());
        for (String id : BuiltinDatasets.ids()) {
            Dataset d = BuiltinDatasets.load(id);
            DataSpec.of(d, BuiltinDatasets.find(id).orElseThrow().model()).cost(); // each fits its model
        }
    }
}
