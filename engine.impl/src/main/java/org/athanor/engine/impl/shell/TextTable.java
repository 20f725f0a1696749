package org.athanor.engine.impl.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A table of text printed with aligned columns: a header, a rule of dashes, then the rows. Cells are the
 * values' text, one line each ({@code NULL} for null, {@code 0x...} for bytes, line breaks shown as
 * {@code \n}), cut at {@value #MAX_WIDTH} characters unless the table says otherwise.
 *
 * <pre>
 *  id | name
 * ----+-------
 *   1 | alice
 * </pre>
 *
 * <p>Numbers are aligned right, everything else left. Not thread-safe: fill and print it on one thread.
 */
public final class TextTable {
    /** The widest a cell is printed; longer text is cut and ends with {@code ...}. */
    public static final int MAX_WIDTH = 60;

    private final List<String> header;
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] numeric;
    private int maxWidth = MAX_WIDTH;

    /**
     * Creates a table.
     *
     * @param header the column titles
     */
    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
        this.numeric = new boolean[header.size()];
        Arrays.fill(numeric, true);
    }

    /**
     * Creates a table.
     *
     * @param header the column titles
     * @return the table
     */
    public static TextTable of(String... header) {
        return new TextTable(List.of(header));
    }

    /**
     * Sets the widest a cell is printed.
     *
     * @param width the width; {@link Integer#MAX_VALUE} for no limit
     * @return this table
     */
    public TextTable maxWidth(int width) {
        this.maxWidth = Math.max(4, width);
        return this;
    }

    /**
     * Adds a row.
     *
     * @param values one value per column
     * @return this table
     */
    public TextTable add(List<?> values) {
        String[] cells = new String[header.size()];
        for (int i = 0; i < cells.length; i++) {
            Object v = i < values.size() ? values.get(i) : null;
            cells[i] = cell(v);
            if (v != null && !(v instanceof Number)) {
                numeric[i] = false;
            }
        }
        rows.add(cells);
        return this;
    }

    /**
     * Adds a row.
     *
     * @param values one value per column
     * @return this table
     */
    public TextTable add(Object... values) {
        return add(Arrays.asList(values));
    }

    /**
     * Returns the number of rows added.
     *
     * @return the count
     */
    public int size() {
        return rows.size();
    }

    /**
     * Prints the table.
     *
     * @param out where to print
     */
    public void print(PrintWriter out) {
        List<String[]> cut = rows.stream().map(row -> Arrays.stream(row).map(this::cut).toArray(String[]::new))
                .toList();
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (String[] row : cut) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            line.append(i == 0 ? " " : " | ").append(pad(header.get(i), widths[i], numeric[i] && !rows.isEmpty()));
        }
        out.println(line.toString().stripTrailing());
        line.setLength(0);
        for (int i = 0; i < widths.length; i++) {
            line.append(i == 0 ? "" : "+").append("-".repeat(widths[i] + 2));
        }
        out.println(line);
        for (String[] row : cut) {
            line.setLength(0);
            for (int i = 0; i < widths.length; i++) {
                line.append(i == 0 ? " " : " | ").append(pad(row[i], widths[i], numeric[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private String cut(String text) {
        return text.length() > maxWidth ? text.substring(0, maxWidth - 3) + "..." : text;
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(width - text.length());
        return right ? fill + text : text + fill;
    }

    /**
     * Renders one value as a cell, before any cut.
     *
     * @param value the value
     * @return its one-line text
     */
    static String cell(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "0x" + HexFormat.of().formatHex(bytes);
        }
        return value.toString().replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ");
    }
}
