package org.gdlab.core.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gdlab.core.math.NumberText;

/**
 * Reads a dataset from CSV (RFC 4180, through Apache Commons CSV: quoting and line endings are its job).
 *
 * <p>The first line is a header when any of its cells is not a number; then a column is chosen by its
 * header name (exact, else ignoring case) or by its 1-based index; without a header only indexes work. With
 * no columns given, the first {@code features + 1} columns whose cells on the first data line are numbers are
 * taken, the last of them as the target. Numbers are read as in {@link NumberText#parse} (a point as the
 * decimal separator, whatever the locale).
 *
 * <p>Every problem is one sentence with the line number: a cell that is not a number, an empty cell, a line
 * with too few cells, a file with no data, more than {@value #MAX_ROWS} rows. Only the chosen columns are
 * kept, as doubles, while the file is streamed: memory is 8·(features + 1) bytes a row.
 */
public final class CsvData {

    /** The most data rows read from one file: 10,000,000. */
    public static final int MAX_ROWS = 10_000_000;

    private CsvData() {
    }

    /**
     * @param file     the CSV file
     * @param columns  features then target, each a header name or a 1-based index; empty for the defaults
     * @param features 1 or 2
     * @throws IllegalArgumentException with one sentence naming the file's problem and its line
     */
    public static Dataset read(Path file, List<String> columns, int features) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + " is a folder, not a CSV file");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, fileName(file), columns, features);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no such file: " + file);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getCause().getMessage());
        }
    }

    private static String fileName(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * @param in       the CSV text (not closed)
     * @param name     the dataset's name
     * @param columns  features then target, each a header name or a 1-based index; empty for the defaults
     * @param features 1 or 2
     * @throws IllegalArgumentException with one sentence naming the problem and its line
     * @throws IOException when reading fails
     */
    public static Dataset read(Reader in, String name, List<String> columns, int features) throws IOException {
        if (features < 1 || features > 2) {
            throw new IllegalArgumentException("a dataset has 1 or 2 features, not " + features);
        }
        if (!columns.isEmpty() && columns.size() != features + 1) {
            throw new IllegalArgumentException("need " + (features + 1) + " columns (features, then the target), got " + columns.size());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        long[] lastLine = {0};
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = null;
            int[] chosen = null;
            double[][] cols = new double[features + 1][1024];
            int rows = 0;
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                lastLine[0] = line;
                if (chosen == null) {
                    List<String> cells = record.toList();
                    if (header == null && rows == 0 && !allNumbers(cells)) {
                        header = cells;
                        continue;
                    }
                    chosen = choose(columns, header, cells, features, line);
                }
                if (rows == MAX_ROWS) {
                    throw new IllegalArgumentException("line " + line + ": more than " + MAX_ROWS + " data rows");
                }
                if (rows == cols[0].length) {
                    for (int j = 0; j < cols.length; j++) {
                        cols[j] = Arrays.copyOf(cols[j], Math.min(MAX_ROWS, rows * 2));
                    }
                }
                for (int j = 0; j < chosen.length; j++) {
                    cols[j][rows] = cell(record, chosen[j], header, line);
                }
                rows++;
            }
            if (rows == 0) {
                throw new IllegalArgumentException(name + " has no data rows");
            }
            List<String> names = new ArrayList<>();
            for (int c : chosen) {
                names.add(header != null && c < header.size() && !header.get(c).isEmpty() ? header.get(c) : "column " + (c + 1));
            }
            double[] y = Arrays.copyOf(cols[features], rows);
            return features == 1
                    ? Dataset.of(name, names.get(0), names.get(1), Arrays.copyOf(cols[0], rows), y)
                    : Dataset.of(name, names.get(0), names.get(1), names.get(2), Arrays.copyOf(cols[0], rows),
                            Arrays.copyOf(cols[1], rows), y);
        } catch (UncheckedIOException | IllegalStateException e) { // Commons CSV's parse errors (an unclosed quote)
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof java.nio.charset.CharacterCodingException c) {
                throw c;
            }
            String message = String.valueOf(cause.getMessage());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(message);
            if (message.contains("encapsulated token") && m.find()) {
                throw new IllegalArgumentException("line " + m.group(1) + ": a quoted cell (\") is never closed");
            }
            throw new IllegalArgumentException("after line " + lastLine[0] + ": not valid CSV (" + message + ")");
        }
    }

    private static boolean allNumbers(List<String> cells) {
        for (String c : cells) {
            if (NumberText.parse(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** @return the 0-based indexes of the features and the target */
    private static int[] choose(List<String> columns, List<String> header, List<String> firstRow, int features, long line) {
        int[] out = new int[features + 1];
        if (columns.isEmpty()) {
            int k = 0;
            for (int c = 0; c < firstRow.size() && k < out.length; c++) {
                if (NumberText.parse(firstRow.get(c)).isPresent()) {
                    out[k++] = c;
                }
            }
            if (k < out.length) {
                throw new IllegalArgumentException("line " + line + " has " + k + " numeric "
                        + (k == 1 ? "column" : "columns") + ", the model needs " + out.length + " (choose the columns)");
            }
            return out;
        }
        for (int j = 0; j < out.length; j++) {
            out[j] = column(columns.get(j).strip(), header);
        }
        return out;
    }

    private static int column(String text, List<String> header) {
        if (header != null) {
            int exact = header.indexOf(text);
            if (exact >= 0) {
                return exact;
            }
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c).equalsIgnoreCase(text)) {
                    return c;
                }
            }
        }
        if (!text.isEmpty() && text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            try {
                int index = Integer.parseInt(text);
                if (index >= 1) {
                    return index - 1;
                }
            } catch (NumberFormatException e) {
                // too long for an int: falls through to "no such column"
            }
        }
        String valid = header == null ? "the file has no header: use a 1-based column number"
                : "the columns are " + String.join(", ", header);
        throw new IllegalArgumentException("no column '" + text + "'; " + valid);
    }

    private static double cell(CSVRecord record, int c, List<String> header, long line) {
        String name = header != null && c < header.size() ? "'" + header.get(c) + "'" : String.valueOf(c + 1);
        if (c >= record.size()) {
            throw new IllegalArgumentException("line " + line + ": column " + name + " is missing (the line has "
                    + record.size() + (record.size() == 1 ? " cell)" : " cells)"));
        }
        String text = record.get(c);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("line " + line + ": column " + name + " has no value");
        }
        OptionalDouble v = NumberText.parse(text);
        if (v.isEmpty() || !Double.isFinite(v.getAsDouble())) {
            String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
            throw new IllegalArgumentException("line " + line + ": column " + name + " holds '" + shown + "', not a number");
        }
        return v.getAsDouble();
    }
}
