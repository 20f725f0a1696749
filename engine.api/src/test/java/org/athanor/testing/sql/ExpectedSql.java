package org.athanor.testing.sql;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.exc.UnsupportedCompilationException;

/**
 * The exact SQL (and bound parameters) a dialect must produce for each catalogue entry, read from a text
 * resource of blocks separated by blank lines: the entry id, the SQL on one line (or
 * {@code !unsupported} when the dialect must refuse the statement), and the parameters as
 * {@code [1, 'jack', null]}. Lines starting with {@code #} are comments.
 *
 * <p>{@link #check} compiles every entry and fails listing every difference, including entries missing
 * from the file and ids the catalogue does not have. With the system property
 * {@code athanor.catalogue.write} naming a folder, it also writes what the dialect produced there, for
 * review — never copy such output into an expectation file without reading it.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class ExpectedSql {
    /** The SQL line of an entry the dialect must refuse. */
    public static final String UNSUPPORTED = "!unsupported";

    private ExpectedSql() {
    }

    /**
     * One expectation.
     *
     * @param sql the SQL, or {@link #UNSUPPORTED}
     * @param parameters the parameter rendering
     */
    public record Expected(String sql, String parameters) {
    }

    /**
     * Reads an expectation file from the class path.
     *
     * @param anchor a class whose loader finds the resource
     * @param resource the resource path
     * @return the expectations by id, in file order
     */
    public static Map<String, Expected> load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No expectation file " + resource + " next to " + anchor.getName());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Expected> parse(String text) {
        Map<String, Expected> out = new LinkedHashMap<>();
        List<String> block = new ArrayList<>();
        for (String line : (text + "\n\n").split("\n", -1)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    if (block.size() < 2 || block.size() > 3) {
                        throw new IllegalStateException("Bad expectation block " + block);
                    }
                    if (out.put(block.get(0).trim(), new Expected(block.get(1), block.size() == 3 ? block.get(2)
                            : "[]")) != null) {
                        throw new IllegalStateException("Duplicate expectation " + block.get(0));
                    }
                    block.clear();
                }
            } else {
                block.add(line);
            }
        }
        return out;
    }

    /**
     * Compiles an entry and renders the expectation it meets.
     *
     * @param entry the entry
     * @param dialect the dialect
     * @return the actual SQL and parameters
     */
    public static Expected actual(CatalogueEntry entry, Dialect dialect) {
        try {
            Compiled c = entry.statement().compile(dialect, entry.parameters());
            return new Expected(c.sql(), render(c.bind(entry.parameters())));
        } catch (UnsupportedCompilationException e) {
            return new Expected(UNSUPPORTED, "[]");
        }
    }

    /**
     * Renders bound parameters: strings quoted, decimals plain, bytes in hex.
     *
     * @param values the values
     * @return the rendering
     */
    public static String render(List<Object> values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                parts.add("null");
            } else if (v instanceof CharSequence s) {
                parts.add("'" + s + "'");
            } else if (v instanceof BigDecimal d) {
                parts.add(d.toPlainString());
            } else if (v instanceof byte[] b) {
                StringBuilder sb = new StringBuilder("x'");
                for (byte x : b) {
                    sb.append(String.format("%02x", x));
                }
                parts.add(sb.append("'").toString());
            } else {
                parts.add(String.valueOf(v));
            }
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /**
     * Compiles the whole catalogue for a dialect and compares it with an expectation file.
     *
     * @param dialect the dialect
     * @param anchor a class whose loader finds the resource
     * @param resource the resource path
     * @throws AssertionError listing every difference
     */
    public static void check(Dialect dialect, Class<?> anchor, String resource) {
        CatalogueSchema schema = new CatalogueSchema();
        List<CatalogueEntry> entries = StatementCatalogue.entries(schema);
        StringBuilder written = new StringBuilder("# Expected SQL of the statement catalogue for dialect "
                + dialect.name() + ": id, SQL, bound parameters.\n\n");
        Map<String, Expected> expected = load(anchor, resource);
        List<String> problems = new ArrayList<>();
        for (CatalogueEntry e : entries) {
            Expected actual = actual(e, dialect);
            written.append(e.id()).append('\n').append(actual.sql()).append('\n').append(actual.parameters())
                    .append("\n\n");
            Expected want = expected.remove(e.id());
            if (want == null) {
                problems.add(e.id() + ": no expectation in " + resource + "; actual:\n    " + actual.sql());
            } else if (!want.equals(actual)) {
                problems.add(e.id() + ":\n    expected " + want.sql() + "  " + want.parameters() + "\n    actual   "
                        + actual.sql() + "  " + actual.parameters());
            }
        }
        for (String id : expected.keySet()) {
            problems.add(id + ": in " + resource + " but not in the catalogue");
        }
        String dir = System.getProperty("athanor.catalogue.write");
        if (dir != null) {
            try {
                Files.writeString(Path.of(dir, Path.of(resource).getFileName().toString()), written.toString());
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " of " + entries.size() + " catalogue statements differ for "
                    + dialect.name() + ":\n" + String.join("\n", problems));
        }
    }
}
