package org.athanor.bench.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.bench.Probe.Check;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.sql.Select;
import org.athanor.sql.Statement;
import org.athanor.sql.compiler.StatementCache;

/**
 * The probe's checks of the compile benchmark: each variant compiles the statement a few times, the SQL must
 * be the three-table join with its clauses, the same for both variants, and the variant must really do what
 * it says: {@code cold} never consults the dialect's statement cache (no hit, no miss); {@code cacheHit}
 * (the same statement object) and {@code cacheHitNew} (a new equivalent one each time) find the compiled form
 * there every time after the first.
 *
 * <p>Thread-safe (stateless).
 */
public final class CompileProbe {
    private static final int OPS = 100;

    private CompileProbe() {
    }

    /**
     * Lists the checks, one per variant.
     *
     * @return the checks
     */
    public static List<Check> checks() {
        List<Check> out = new ArrayList<>();
        for (String v : List.of("cold", "cacheHit", "cacheHitNew")) {
            out.add(new Check("CompileBenchmarks.compile", Map.of("contender", v), () -> run(v)));
        }
        return out;
    }

    private static Map<String, Double> run(String variant) {
        Dialect dialect = CompileBenchmarks.dialect();
        StatementCache cache = dialect.statementCache();
        String expected = CompileBenchmarks.statement().compile(CompileBenchmarks.dialect()).sql();
        check(expected);
        Select base = CompileBenchmarks.statement();
        base.compile(dialect, Map.of());
        long hits = cache.hits();
        long misses = cache.misses();
        for (int i = 0; i < OPS; i++) {
            Statement statement = CompileBenchmarks.variant(variant, base);
            if ((statement == base) != variant.equals("cacheHit")) {
                throw new IllegalStateException("The " + variant + " variant compiles "
                        + (statement == base ? "the same" : "a new") + " statement object.");
            }
            Compiled c = statement.compile(dialect, Map.of());
            if (!c.sql().equals(expected)) {
                throw new IllegalStateException("The " + variant + " compile gave different SQL: " + c.sql());
            }
            if (!c.bind(Map.of()).equals(List.of(true, 5, new java.math.BigDecimal("100.00"), 20))) {
                throw new IllegalStateException("The " + variant + " compile bound " + c.bind(Map.of()) + ".");
            }
        }
        long h = cache.hits() - hits;
        long m = cache.misses() - misses;
        boolean ok = variant.equals("cold") ? h == 0 && m == 0 : h == OPS && m == 0;
        if (!ok) {
            throw new IllegalStateException("The " + variant + " variant met the statement cache " + h + " hits and "
                    + m + " misses in " + OPS + " compiles.");
        }
        return Map.of();
    }

    private static void check(String sql) {
        for (String part : List.of("SELECT ", " FROM customers JOIN orders ON ", " JOIN products ON ", " WHERE ",
                " ORDER BY ", " DESC", " LIMIT ")) {
            if (!sql.contains(part)) {
                throw new IllegalStateException("The compiled SQL lacks '" + part.strip() + "': " + sql);
            }
        }
    }
}
