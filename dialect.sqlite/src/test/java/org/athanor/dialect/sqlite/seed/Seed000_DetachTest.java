package org.athanor.dialect.sqlite.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.testing.TestDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000 (and 004), "Getting a native connection from the ORM": check the driver connection out of the pool
 * so that it is the caller's — to set its isolation level to autocommit and use its own cursors (the seed's
 * PostgreSQL LISTEN/NOTIFY is the PostgreSQL dialect's issue). After {@code detach()} the pool forgets it:
 * closing the Athanor connection leaves it open, and the pool opens a new one in its place.
 */
class Seed000_DetachTest {
    @TempDir
    Path dir;

    @Test
    void aDetachedConnectionIsTheCallersAndThePoolOpensANewOne() throws SQLException {
        TestDb db = new TestDb(dir);
        db.exec("create table events (name varchar(20))");
        Engine engine = db.engine();
        java.sql.Connection conn;
        try {
            java.sql.Connection pooledBefore;
            try (Connection c = engine.connect()) {
                pooledBefore = c.driverConnection();
            }
            try (Connection c = engine.connect()) {
                conn = c.detach();
                assertThat(conn).as("the same driver connection, now detached").isSameAs(pooledBefore);
                assertThat(c.execute("select 1").scalar()).as("the handle stays usable until closed").isEqualTo(1);
            }
            assertThat(conn.isClosed()).as("closing the Athanor connection left it open").isFalse();
            assertThat(engine.pool().statistics().checkedOut()).isZero();
            // conn.set_isolation_level(ISOLATION_LEVEL_AUTOCOMMIT); curs = conn.cursor(); curs.execute(...)
            conn.setAutoCommit(true);
            try (Statement curs = conn.createStatement()) {
                curs.execute("insert into events values ('notify')");
                try (ResultSet rs = curs.executeQuery("select count(*) from events")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            try (Connection fresh = engine.connect()) {
                assertThat(fresh.driverConnection()).as("the pool opened a new one").isNotSameAs(conn);
            }
        } finally {
            engine.dispose();
        }
        assertThat(conn.isClosed()).as("disposing the engine leaves it open too").isFalse();
        conn.close();
        assertThat(db.count("events")).isEqualTo(1);
    }
}
