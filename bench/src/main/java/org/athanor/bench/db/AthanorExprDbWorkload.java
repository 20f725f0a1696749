package org.athanor.bench.db;

import static org.athanor.sql.SQL.bindparam;
import static org.athanor.sql.SQL.select;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.Transaction;
import org.athanor.sql.Insert;
import org.athanor.sql.Select;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;

/**
 * Athanor with statements built by its SQL expression language ({@code org.athanor.sql}), on its default
 * engine settings (so each dialect's compiled-statement cache is on, 500 shapes) except the pool size (10, as
 * HikariCP's; see {@link Pools#ATHANOR_POOL_SIZE}): the item tables declared
 * once as {@link Table}s of a {@link MetaData} with the types of their DDL, and each statement built once in
 * the constructor, as a performance-minded user of SQLAlchemy Core would. The one-row select is
 * {@code select(items.id, name, qty, price, active).where(items.c("id").eq(bindparam("id", INTEGER)))} executed
 * with {@code connection.execute(select, Map.of("id", id))}: the id travels as the value of a named bind
 * parameter, so every execution is of the same statement object, whose memoized cache key finds its compiled
 * form in the dialect's cache (nothing is compiled again, and with no values inside the statement the engine
 * sees the same compiled statement each time and reuses its cached result shape). Writing the id into the
 * expression ({@code eq(id)}) would also hit the compiled cache, but only after building a new statement and
 * walking it for its cache key on every call. It renders the same statement as the text contender's
 * {@code SELECT id, name, qty, price, active FROM <items> WHERE id = ?}, with table-qualified column names. The fetch is {@code select(items)}; the insert is {@code inserts.insert()} executed with the
 * list of row maps (one JDBC batch) in a transaction. One engine per database, a connection per operation; on
 * SQLite the engine's {@code creator} opens the same shared in-memory database as every other contender.
 *
 * <p>Rows come back as Athanor {@code Row}s whose values went through the declared column types' result
 * processing (on SQLite, the {@code BOOLEAN} column reads back as a {@code Boolean}), which the text
 * contender, having no types, does not do.
 *
 * <p>Thread-safe (the statements are immutable and shared by every thread).
 */
final class AthanorExprDbWorkload implements DbWorkload {
    private final Engine engine;
    private final Select selectOne;
    private final Select selectAll;
    private final Insert insert;
    private final List<Map<String, Object>> rows;

    AthanorExprDbWorkload(BenchDatabase db) {
        this.engine = Pools.athanor(db);
        MetaData metadata = new MetaData();
        Table items = table(db.itemTable(), metadata, true);
        Table inserts = table(db.insertTable(), metadata, false);
        this.selectAll = select(items.c("id"), items.c("name"), items.c("qty"), items.c("price"),
                items.c("active"));
        this.selectOne = selectAll.where(items.c("id").eq(bindparam("id", SqlTypes.INTEGER)));
        this.insert = inserts.insert();
        this.rows = new ArrayList<>(db.items().size());
        for (Item it : db.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", it.id());
            row.put("name", it.name());
            row.put("qty", it.qty());
            row.put("price", it.price());
            row.put("active", it.active());
            rows.add(row);
        }
    }

    /** The tables as {@link BenchDatabase} creates them. */
    private static Table table(String name, MetaData metadata, boolean primaryKey) {
        Column<Integer> id = Column.of("id", SqlTypes.INTEGER);
        return new Table(name, metadata, primaryKey ? id.primaryKey() : id.notNull(),
                Column.of("name", SqlTypes.string(64)).notNull(),
                Column.of("qty", SqlTypes.INTEGER).notNull(),
                Column.of("price", SqlTypes.DOUBLE).notNull(),
                Column.of("active", SqlTypes.BOOLEAN).notNull());
    }

    @Override
    public Object selectOne(int id) {
        try (Connection c = engine.connect()) {
            return c.execute(selectOne, Map.of("id", id)).one();
        }
    }

    @Override
    public List<Row> fetchAll() {
        try (Connection c = engine.connect()) {
            return c.execute(selectAll).all();
        }
    }

    @Override
    public long insertAll() {
        try (Connection c = engine.connect(); Transaction tx = c.begin()) {
            long n;
            try (Result r = c.execute(insert, rows)) {
                n = r.rowcount();
            }
            tx.commit();
            return n;
        }
    }

    @Override
    public void close() {
        engine.dispose();
    }
}
