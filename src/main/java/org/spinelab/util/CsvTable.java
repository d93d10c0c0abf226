package org.spinelab.util;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV table with a header row (RFC 4180 quoting), read whole. Column look-ups and numeric
 * conversion fail with an {@link InvalidInputException} naming the file, the column and the row, so
 * commands need no checks of their own.
 */
public final class CsvTable {

    private final String source;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<List<String>> rows;

    public CsvTable(String source, List<String> header, List<List<String>> rows) {
        this.source = source;
        this.header = List.copyOf(header);
        this.columnIndex = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            if (columnIndex.putIfAbsent(header.get(c), c) != null) {
                throw new InvalidInputException(source + ": column '" + header.get(c) + "' appears twice in the header");
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new InvalidInputException(source + ": row " + (r + 2) + " has " + rows.get(r).size()
                        + " fields, the header has " + header.size());
            }
        }
        this.rows = rows;
    }

    /** Reads {@code path}; a missing file, an empty file or ragged rows are input errors. */
    public static CsvTable read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(path + ": no such file");
        }
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            List<List<String>> records = parse(in);
            if (records.isEmpty()) {
                throw new InvalidInputException(path + ": empty table (no header row)");
            }
            List<String> header = records.get(0);
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            return new CsvTable(path.toString(), header, new ArrayList<>(records.subList(1, records.size())));
        } catch (IOException e) {
            throw new InvalidInputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<List<String>> parse(BufferedReader in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                    records.add(fields);
                }
                fields = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            fields.add(field.toString());
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(fields);
            }
        }
        return records;
    }

    public String source() {
        return source;
    }

    public List<String> header() {
        return header;
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name);
    }

    /** Index of {@code name}; an input error naming the file and the columns it has otherwise. */
    public int column(String name) {
        Integer c = columnIndex.get(name);
        if (c == null) {
            throw new InvalidInputException(source + ": no column '" + name + "' (columns: " + abbreviate(header) + ")");
        }
        return c;
    }

    public String get(int row, String column) {
        return rows.get(row).get(column(column));
    }

    public List<String> row(int row) {
        return Collections.unmodifiableList(rows.get(row));
    }

    public List<String> strings(String column) {
        int c = column(column);
        List<String> out = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            out.add(r.get(c));
        }
        return out;
    }

    /**
     * The column as numbers. Empty cells, {@code NA}, {@code NaN} and text are input errors naming the
     * row (1-based line number in the file), since silently dropping cases would bias a study.
     */
    public double[] numbers(String column) {
        int c = column(column);
        double[] out = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            out[r] = parseNumber(rows.get(r).get(c), column, r);
        }
        return out;
    }

    /** A binary 0/1 column (class labels); any other value is an input error naming the row. */
    public int[] binary(String column) {
        double[] v = numbers(column);
        int[] out = new int[v.length];
        for (int r = 0; r < v.length; r++) {
            if (v[r] != 0 && v[r] != 1) {
                throw new InvalidInputException(source + ": column '" + column + "' line " + (r + 2)
                        + ": label must be 0 or 1, found '" + rows.get(r).get(column(column)) + "'");
            }
            out[r] = (int) v[r];
        }
        return out;
    }

    private double parseNumber(String s, String column, int r) {
        String t = s.trim();
        String where = source + ": column '" + column + "' line " + (r + 2);
        if (t.isEmpty() || t.equalsIgnoreCase("NA") || t.equalsIgnoreCase("nan")) {
            throw new InvalidInputException(where + ": missing value ('" + s + "')");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ": not a number: '" + s + "'");
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(where + ": not a finite number: '" + s + "'");
        }
        return v;
    }

    private static String abbreviate(List<String> names) {
        if (names.size() <= 12) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 12)) + ", … (" + names.size() + " in all)";
    }

    /** Writes a table atomically (see {@link AtomicOutput}); cells are quoted when needed. */
    public static void write(Path path, List<String> header, List<? extends List<?>> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        appendRow(sb, header);
        for (List<?> r : rows) {
            appendRow(sb, r);
        }
        AtomicOutput.writeString(path, sb.toString());
    }

    private static void appendRow(StringBuilder sb, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            sb.append(quote(format(cells.get(c))));
        }
        sb.append('\n');
    }

    /** Numbers as Java's shortest round-trip decimal; integers without ".0". */
    public static String format(Object o) {
        if (o == null) {
            return "";
        }
        if (o instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return Double.toString(d).toLowerCase(Locale.ROOT).replace("infinity", "inf");
        }
        return o.toString();
    }

    private static String quote(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
