package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Connectable;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.StatementKind;
import org.athanor.engine.impl.core.Origin;
import org.athanor.engine.impl.testing.Gc;
import org.athanor.engine.impl.testing.LogCapture;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.engine.impl.testing.TestText;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, "Using Connections": {@code connection.execute("select * from mytable where col1=:col1", col1=5)},
 * close returning the connection to the pool, reclamation of a connection that was never closed, statement
 * objects, and Connectable: the same function working with an Engine or a Connection.
 *
 * <p>TODO(expression language): {@code select([table1], table1.c.col1==5)} is the stand-in {@link TestText};
 * {@code table.create(engine=engine)} / {@code table.drop(engine=connection)} are a Connectable-taking function
 * running DDL text.
 */
class Seed003_UsingConnectionsTest extends EngineFixture {
    @Override
    protected String[] schema() {
        return new String[] {"create table mytable (col1 integer, col2 varchar(20))", "insert into mytable values (5, 'five')",
                "insert into mytable values (6, 'six')"};
    }

    @Test
    void executeWithANamedParameter() {
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
    void executeAStatementObject() {
        try (Connection connection = engine.connect()) {
            Result result = connection.execute(TestText.of("select col1, col2 from mytable where col1 = ?",
                    StatementKind.SELECT, "col1"), Map.of("col1", 6));
            Row row = result.one();
            assertThat(row.get("col1")).isEqualTo(6);
            assertThat(row.get("col2")).isEqualTo("six");
        }
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
        connection.execute("select * from mytable").all();
        assertThat(engine.pool().statistics().checkedOut()).isEqualTo(1);
    }

    /** A function that needs to run SQL accepts an Engine or a Connection. */
    static void createTable(Connectable bind) {
        bind.execute("create table sometable (col1 integer)").close();
    }

    static void dropTable(Connectable bind) {
        bind.execute("drop table sometable").close();
    }

    @Test
    void connectableAcceptsAnEngineOrAConnection() {
        createTable(engine); // table.create(engine=engine)
        assertThat(db.column("select name from sqlite_master where name = 'sometable'")).hasSize(1);
        try (Connection connection = engine.connect()) {
            dropTable(connection); // table.drop(engine=connection)
        }
        assertThat(db.column("select name from sqlite_master where name = 'sometable'")).isEmpty();
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }
}
