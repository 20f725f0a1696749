package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.engine.impl.testing.Gc;
import org.athanor.engine.impl.testing.LogCapture;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.pool.PoolStatistics;
import org.junit.jupiter.api.Test;

/** Seed 001, "Basic Usage": connect / execute / iterate / close, engine.execute shorthand, close-with-result. */
class Seed001_BasicUsageTest extends EngineFixture {
    @Override
    protected String[] schema() {
        return new String[] {"create table users (user_id integer primary key, username varchar(50))",
                "insert into users values (1, 'john')", "insert into users values (2, 'ed')"};
    }

    private PoolStatistics stats() {
        return engine.pool().statistics();
    }

    @Test
    void connectionExecuteIterateByNameAndClose() {
        // connection = engine.connect(); result = connection.execute("select username from users")
        Connection connection = engine.connect();
        Result result = connection.execute("select username from users");
        List<Object> names = new ArrayList<>();
        for (Row row : result) {
            names.add(row.get("username"));
        }
        assertThat(names).containsExactly("john", "ed");
        // the cursor is closed once the rows are exhausted; the connection is still checked out
        assertThat(result.isClosed()).isTrue();
        assertThat(stats().checkedOut()).isEqualTo(1);
        connection.close();
        // released to the pool: nothing is closed from the database's point of view
        assertThat(stats().checkedOut()).isZero();
        assertThat(stats().checkedIn()).isEqualTo(1);
        assertThat(connection.isClosed()).isTrue();
    }

    @Test
    void closeRollsBackUncommittedWorkAndTheNextCheckoutReusesTheDriverConnection() {
        Connection connection = engine.connect();
        java.sql.Connection driver = connection.driverConnection();
        connection.begin();
        connection.execute("insert into users values (3, 'wendy')");
        connection.close();
        assertThat(db.count("users")).isEqualTo(2);
        try (Connection again = engine.connect()) {
            assertThat(again.driverConnection()).isSameAs(driver);
            assertThat(again.execute("select count(*) from users").scalar(Long.class)).isEqualTo(2L);
        }
    }

    @Test
    void aResultWithoutRowsReleasesItsResourcesAtOnce() {
        try (Connection connection = engine.connect()) {
            Result r = connection.execute("update users set username = 'jack' where user_id = 1");
            assertThat(r.returnsRows()).isFalse();
            assertThat(r.isClosed()).isTrue();
            assertThat(r.rowcount()).isEqualTo(1);
        }
        // connectionless: the connection is back in the pool as soon as execute returns
        Result r = engine.execute("update users set username = 'john' where user_id = 1");
        assertThat(r.rowcount()).isEqualTo(1);
        assertThat(stats().checkedOut()).isZero();
    }

    @Test
    void engineExecuteClosesItsConnectionWhenTheRowsAreExhausted() {
        Result result = engine.execute("select username from users");
        assertThat(stats().checkedOut()).isEqualTo(1);
        List<Object> names = new ArrayList<>();
        for (Row row : result) {
            names.add(row.get("username"));
        }
        assertThat(names).containsExactly("john", "ed");
        assertThat(stats().checkedOut()).isZero();
    }

    @Test
    void resultCloseReleasesTheConnectionWithRowsRemaining() {
        Result result = engine.execute("select username from users");
        assertThat(result.fetchOne().get("username")).isEqualTo("john");
        assertThat(stats().checkedOut()).isEqualTo(1);
        result.close();
        assertThat(stats().checkedOut()).isZero();
        assertThat(result.isClosed()).isTrue();
    }

    @Test
    void aDereferencedResultWithPendingRowsIsReclaimedWithAWarning() {
        try (LogCapture log = new LogCapture()) {
            readOneRowAndForget();
            assertThat(Gc.until(() -> stats().checkedOut() == 0)).isTrue();
            assertThat(Gc.until(() -> log.text().contains("neither read to the end nor closed"))).isTrue();
        }
    }

    private void readOneRowAndForget() {
        Result result = engine.execute("select username from users");
        assertThat(result.fetchOne()).isNotNull();
        assertThat(stats().checkedOut()).isEqualTo(1);
    }
}
