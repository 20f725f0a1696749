package org.athanor.bench.compile;

import static org.athanor.sql.SQL.select;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Athanor;
import org.athanor.engine.Compiled;
import org.athanor.engine.ExecutionOptions;
import org.athanor.sql.Select;
import org.athanor.sql.Statement;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compiling a SELECT of three joined tables with WHERE, ORDER BY and LIMIT ({@link #statement()}) for
 * PostgreSQL, with the dialect Athanor's engine would use ({@code Athanor.registry().load("postgresql")}, the
 * pgjdbc dialect, not connected: compiling needs no database). Average time per compile, in nanoseconds.
 *
 * <p>The variant is the {@link #contender} parameter (the suite makes one report row per contender):
 * <ul>
 * <li>{@code cold}: a full compile every time. Each operation makes a new, equivalent statement object
 * carrying the {@code no_cache} execution option ({@link ExecutionOptions#NO_CACHE}, SQLAlchemy's
 * {@code compiled_cache=None}): {@code base.executionOptions(noCache)}, a shallow copy sharing the base's
 * columns, FROM list and clauses. {@code compile(dialect)} then builds the new statement's cache key (the
 * walk of the whole tree; a new object has no memoized key), runs the dialect's statement compiler over the
 * whole tree (SQL text, bind slots, result columns) without consulting the statement cache, and pairs the
 * result with the statement's values. "Cold" means a cache miss, not a cold JIT.
 * <li>{@code cacheHit}: the same statement object compiled again through the dialect's statement cache,
 * exactly as {@code connection.execute(statement)} looks it up for a statement built once and run many times
 * ({@code statement.compile(dialect, params)}): the statement's memoized cache key is found in the cache and
 * the cached template paired with the statement's values. The first call (in setup) fills the cache.
 * <li>{@code cacheHitNew}: a cache hit for a new, equivalent statement object each time (the same shallow
 * copy as {@code cold}, without {@code no_cache}), as when an application builds its statement anew for
 * every request: the cache key is built by walking the statement, then found in the cache.
 * </ul>
 *
 * <p>Every contender uses its documented fast path: the dialect's default statement cache (500 shapes) for
 * {@code cacheHit}; {@code cold} turns it off on purpose.
 *
 * <p>Thread-safe as JMH uses it (the dialect and the statements are thread-safe; the state is shared).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompileBenchmarks {

    /**
     * The variant: {@code cold} (a full compile, cache bypassed), {@code cacheHit} (a statement-cache hit for
     * the same statement object) or {@code cacheHitNew} (a hit for a new, equivalent statement object).
     */
    @Param({"cold", "cacheHit", "cacheHitNew"})
    public String contender;

    private static final ExecutionOptions NO_CACHE = ExecutionOptions.of(ExecutionOptions.NO_CACHE, true);
    private static final ExecutionOptions CACHE = ExecutionOptions.of(ExecutionOptions.NO_CACHE, false);

    private Dialect dialect;
    private Select base;
    private ExecutionOptions copyOptions;

    /** Creates the state (JMH does). */
    public CompileBenchmarks() {
    }

    /**
     * Loads the dialect and builds the statement, and compiles it once through the cache (filling it).
     *
     * @throws IllegalArgumentException for an unknown variant
     */
    @Setup(Level.Trial)
    public void setUp() {
        dialect = dialect();
        base = statement();
        copyOptions = options(contender);
        base.compile(dialect, Map.of());
    }

    /**
     * Compiles the statement.
     *
     * @return the compiled form, with the statement's values
     */
    @Benchmark
    public Compiled compile() {
        return (copyOptions == null ? base : base.executionOptions(copyOptions)).compile(dialect, Map.of());
    }

    /**
     * Returns the statement a variant compiles in one operation.
     *
     * @param variant {@code cold}, {@code cacheHit} or {@code cacheHitNew}
     * @param base the statement built once
     * @return {@code base} itself for {@code cacheHit}, otherwise a new equivalent statement
     * @throws IllegalArgumentException for another name
     */
    public static Statement variant(String variant, Select base) {
        ExecutionOptions o = options(variant);
        return o == null ? base : base.executionOptions(o);
    }

    private static ExecutionOptions options(String variant) {
        return switch (variant) {
            case "cold" -> NO_CACHE;
            case "cacheHit" -> null;
            case "cacheHitNew" -> CACHE;
            default -> throw new IllegalArgumentException("Unknown compile variant '" + variant
                    + "'; known: cold, cacheHit, cacheHitNew.");
        };
    }

    /**
     * Makes the dialect the benchmark compiles for: a new, unconnected PostgreSQL (pgjdbc) dialect with its
     * own empty statement cache.
     *
     * @return the dialect
     */
    public static Dialect dialect() {
        return Athanor.registry().load("postgresql");
    }

    /**
     * Builds the statement compiled: customers, orders and products joined on their foreign keys, five
     * columns (one labelled), three WHERE conditions with values, ORDER BY two columns and LIMIT:
     * <pre>
     * SELECT customers.name, customers.email, orders.id, orders.placed_at, products.name AS product
     * FROM customers JOIN orders ON customers.id = orders.customer_id
     *   JOIN products ON products.id = orders.product_id
     * WHERE customers.active = ? AND orders.quantity &gt; ? AND products.price &lt; ?
     * ORDER BY orders.placed_at DESC, customers.name LIMIT ?
     * </pre>
     * Each call builds new tables and a new statement.
     *
     * @return the statement
     */
    public static Select statement() {
        MetaData metadata = new MetaData();
        Table customers = new Table("customers", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(100)).notNull(),
                Column.of("email", SqlTypes.string(200)),
                Column.of("active", SqlTypes.BOOLEAN).notNull());
        Table products = new Table("products", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("name", SqlTypes.string(100)).notNull(),
                Column.of("price", SqlTypes.numeric(10, 2)).notNull());
        Table orders = new Table("orders", metadata,
                Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("customer_id", SqlTypes.INTEGER).references("customers.id").notNull(),
                Column.of("product_id", SqlTypes.INTEGER).references("products.id").notNull(),
                Column.of("quantity", SqlTypes.INTEGER).notNull(),
                Column.of("placed_at", SqlTypes.DATETIME).notNull());
        return select(customers.c("name"), customers.c("email"), orders.c("id"), orders.c("placed_at"),
                products.c("name").as("product"))
                .selectFrom(customers.join(orders).join(products))
                .where(customers.c("active", Boolean.class).eq(true),
                        orders.c("quantity", Integer.class).gt(5),
                        products.c("price", BigDecimal.class).lt(new BigDecimal("100.00")))
                .orderBy(orders.c("placed_at", LocalDateTime.class).desc(), customers.c("name"))
                .limit(20);
    }
}
