package org.athanor.bench.db;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record5;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ (open-source edition) on a HikariCP pool, its DSL over typed fields (what code generation would give),
 * with the {@link Settings} a performance-minded user sets: execute logging off, no fetching of SQL warnings
 * after each statement, no attaching of records to the configuration, unquoted names. A batch with bind
 * values in a jOOQ transaction for the insert.
 *
 * <p>Thread-safe: a {@link DSLContext} on a data source takes a connection per query.
 */
final class JooqDbWorkload implements DbWorkload {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private static final Field<Integer> ID = field(name("id"), SQLDataType.INTEGER);
    private static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR(64));
    private static final Field<Integer> QTY = field(name("qty"), SQLDataType.INTEGER);
    private static final Field<Double> PRICE = field(name("price"), SQLDataType.DOUBLE);
    private static final Field<Boolean> ACTIVE = field(name("active"), SQLDataType.BOOLEAN);

    private final HikariDataSource ds;
    private final DSLContext ctx;
    private final Table<Record> items;
    private final Table<Record> inserts;
    private final List<Item> data;

    JooqDbWorkload(BenchDatabase db) {
        this.ds = Pools.hikari(db, "bench-jooq");
        Settings settings = new Settings()
                .withExecuteLogging(false)
                .withFetchWarnings(false)
                .withAttachRecords(false)
                .withRenderQuotedNames(RenderQuotedNames.NEVER);
        SQLDialect dialect = db.kind().equals("postgresql") ? SQLDialect.POSTGRES : SQLDialect.SQLITE;
        this.ctx = DSL.using(ds, dialect, settings);
        this.items = table(name(db.itemTable()));
        this.inserts = table(name(db.insertTable()));
        this.data = db.items();
    }

    @Override
    public Object selectOne(int id) {
        return ctx.select(ID, NAME, QTY, PRICE, ACTIVE).from(items).where(ID.eq(id)).fetchOne();
    }

    @Override
    public List<Record5<Integer, String, Integer, Double, Boolean>> fetchAll() {
        return ctx.select(ID, NAME, QTY, PRICE, ACTIVE).from(items).fetch();
    }

    @Override
    public long insertAll() {
        return ctx.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            BatchBindStep batch = tx.batch(tx.insertInto(inserts, ID, NAME, QTY, PRICE, ACTIVE)
                    .values((Integer) null, (String) null, (Integer) null, (Double) null, (Boolean) null));
            for (Item it : data) {
                batch = batch.bind(it.id(), it.name(), it.qty(), it.price(), it.active());
            }
            return DbWorkload.sum(batch.execute());
        });
    }

    @Override
    public void close() {
        ds.close();
    }
}
