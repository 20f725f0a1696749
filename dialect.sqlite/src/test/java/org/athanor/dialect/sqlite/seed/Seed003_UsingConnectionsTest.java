package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.athanor.sql.SQL.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connectable;
import org.athanor.engine.Connection;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.impl.core.Origin;
import org.athanor.engine.impl.testing.Gc;
import org.athanor.engine.impl.testing.LogCapture;
import org.athanor.sql.Func;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, "Using Connections": {@code connection.execute("select * from mytable where col1=:col1", col1=5)},
 * close returning the connection to the pool, reclamation of a connection that was never closed,
 * {@code connection.execute(select([table1], table1.c.col1==5))}, and "Specify Engine or Connection":
 * {@code table.create(engine=engine)} and {@code table.drop(engine=connection)} on
 * {@code Table('sometable', metadata, Column('col1', Integer))}.
 */
class Seed003_UsingConnectionsTest extends SeedFixture {
    final Table mytable = new Table("mytable", metadata, Column.of("col1", SqlTypes.INTEGER),
            Column.of("col2", SqlTypes.string(20)));
    final Table table1 = new Table("table1", metadata, Column.of("col1", SqlTypes.INTEGER),
            Column.of("col2", SqlTypes.string(20)));

    @BeforeEach
    void fillTables() {
        List<Map<String, Object>> rows = List.of(Map.of("col1", 5, "col2", "five"), Map.of("col1", 6, "col2", "six"));
        engine.execute(mytable.insert(), rows);
        engine.execute(table1.insert(), rows);
    }

    @Test
    void executeTextWithANamedParameter() {
        // connection = engine.connect(); result = connection.execute("select * from mytable where col1=:col1", col1=5)
        Connection connection = engine.connect();
        Result result = connection.execute("select * from mytable where col1=:col1", Map.of("col1", 5));
        List<String> seen = new ArrayList<>();
        for (Row row : result) {
            seen.add(row.get("col1") + " " + row.get("col2"));
        }
        assertThat(seen).containsExactly("5 five");
        connection.close();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
        assertThat(engine.pool().statistics().checkedIn()).isEqualTo(1);
    }

    @Test
    void executeASelectConstruct() {
        // result = connection.execute(select([table1], table1.c.col1==5)); for row in result: row['col1'], row['col2']
        Connection connection = engine.connect();
        Result result = connection.execute(select(table1).where(table1.c("col1").eq(5)));
        List<String> seen = new ArrayList<>();
        for (Row row : result) {
            seen.add(row.get("col1") + " " + row.get("col2"));
            assertThat(row.getByKey(table1.c("col2"))).isEqualTo("five");
        }
        assertThat(seen).containsExactly("5 five");
        connection.close();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void aConnectionNeverClosedIsReturnedToThePoolWithAWarningNamingWhereItWasCheckedOut() {
        Origin.Mode before = Origin.mode();
        Origin.setMode(Origin.Mode.CALLER);
        try (LogCapture log = new LogCapture()) {
            forgetAConnection();
            assertThat(Gc.until(() -> engine.pool().statistics().checkedOut() == 0)).isTrue();
            assertThat(Gc.until(() -> log.text().contains("was never closed"))).isTrue();
            assertThat(log.text()).contains("forgetAConnection");
        } finally {
            Origin.setMode(before);
        }
    }

    private void forgetAConnection() {
        Connection connection = engine.connect();
        connection.execute(mytable.select()).all();
        assertThat(engine.pool().statistics().checkedOut()).isEqualTo(1);
    }

    @Test
    void specifyEngineOrConnection() {
        // metadata = MetaData(); table = Table('sometable', metadata, Column('col1', Integer))
        MetaData meta = new MetaData();
        Table table = new Table("sometable", meta, Column.of("col1", SqlTypes.INTEGER));
        table.create(engine); // table.create(engine=engine)
        assertThat(db.column("select name from sqlite_master where name = 'sometable'")).hasSize(1);
        assertThat(table.exists(engine)).isTrue();
        assertThat(engine.pool().statistics().checkedOut()).as("the engine's connection went back").isZero();
        Connection connection = engine.connect();
        table.drop(connection); // table.drop(engine=connection)
        assertThat(db.column("select name from sqlite_master where name = 'sometable'")).as("DDL autocommitted")
                .isEmpty();
        assertThat(table.exists(connection)).isFalse();
        assertThat(connection.isClosed()).as("the caller's connection stays the caller's").isFalse();
        connection.close();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void theSameFunctionTakesAnEngineOrAConnection() {
        // Connectable: what takes an Engine also takes a Connection
        assertThat(countRows(engine)).isEqualTo(2);
        try (Connection connection = engine.connect()) {
            assertThat(countRows(connection)).isEqualTo(2);
        }
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    private long countRows(Connectable bind) {
        try (Result r = bind.execute(select(Func.count()).selectFrom(table1))) {
            return r.scalar(Long.class);
        }
    }
}
