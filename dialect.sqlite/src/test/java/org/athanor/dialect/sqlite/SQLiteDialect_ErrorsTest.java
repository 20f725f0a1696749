package org.athanor.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.DataException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.OperationalException;
import org.athanor.exc.ProgrammingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SQLiteDialect_ErrorsTest {

    private final SQLiteDialect dialect = new SQLiteDialect();
    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = RawSQLite.open(dialect, "sqlite://");
        RawSQLite.exec(c, "CREATE TABLE person (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL UNIQUE,"
                + " age INTEGER CHECK (age >= 0))", "INSERT INTO person (id, name) VALUES (1, 'ann')");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    /** Runs SQL on the raw connection and wraps what the driver throws, as the engine will. */
    private DBAPIException wrapped(Connection on, String sql) {
        SQLException e = catchThrowableOfType(SQLException.class, () -> RawSQLite.exec(on, sql));
        assertThat((Throwable) e).as("the driver's exception for " + sql).isNotNull();
        return dialect.wrapException(e, sql, List.of(), dialect.isDisconnect(e));
    }

    @Test
    void duplicatePrimaryKeyIsIntegrity() {
        DBAPIException e = wrapped(c, "INSERT INTO person (id, name) VALUES (1, 'bob')");
        assertThat(e).isInstanceOf(IntegrityException.class);
        assertThat(e.errorCode()).isEqualTo(SQLiteErrors.CONSTRAINT);
        assertThat(e.statement()).isEqualTo("INSERT INTO person (id, name) VALUES (1, 'bob')");
        assertThat(e.getMessage()).contains("SQLITE_CONSTRAINT_PRIMARYKEY");
        assertThat(e.connectionInvalidated()).isFalse();
    }

    @Test
    void uniqueNotNullAndCheckViolationsAreIntegrity() {
        assertThat(wrapped(c, "INSERT INTO person (id, name) VALUES (2, 'ann')")).isInstanceOf(IntegrityException.class);
        assertThat(wrapped(c, "INSERT INTO person (id, name) VALUES (2, NULL)")).isInstanceOf(IntegrityException.class);
        assertThat(wrapped(c, "INSERT INTO person (id, name, age) VALUES (2, 'x', -1)"))
                .isInstanceOf(IntegrityException.class);
    }

    @Test
    void syntaxErrorIsProgramming() {
        DBAPIException e = wrapped(c, "SELEC * FROM person");
        assertThat(e).isInstanceOf(ProgrammingException.class);
        assertThat((Throwable) e.getCause()).isInstanceOf(SQLException.class);
    }

    @Test
    void missingTableAndColumnAreProgramming() {
        assertThat(wrapped(c, "SELECT * FROM no_such_table")).isInstanceOf(ProgrammingException.class);
        assertThat(wrapped(c, "SELECT no_such_column FROM person")).isInstanceOf(ProgrammingException.class);
        assertThat(wrapped(c, "CREATE TABLE person (x INTEGER)")).isInstanceOf(ProgrammingException.class);
    }

    @Test
    void wrongTypeForTheRowidIsData() {
        assertThat(wrapped(c, "INSERT INTO person (id, name) VALUES ('abc', 'zed')")).isInstanceOf(DataException.class);
    }

    @Test
    void lockedDatabaseIsOperational(@TempDir Path dir) throws SQLException {
        String url = "sqlite:///" + dir.resolve("busy.db").toAbsolutePath() + "?busy_timeout=0";
        try (Connection writer = RawSQLite.open(dialect, url); Connection other = RawSQLite.open(dialect, url)) {
            RawSQLite.exec(writer, "CREATE TABLE t (x INTEGER)");
            writer.setAutoCommit(false);
            RawSQLite.exec(writer, "INSERT INTO t VALUES (1)");
            DBAPIException e = wrapped(other, "INSERT INTO t VALUES (2)");
            assertThat(e).isInstanceOf(OperationalException.class);
            assertThat(e.errorCode()).isEqualTo(SQLiteErrors.BUSY);
            assertThat(e.connectionInvalidated()).isFalse();
            writer.rollback();
        }
    }

    @Test
    void closedConnectionIsADisconnect() throws SQLException {
        Connection gone = RawSQLite.open(dialect, "sqlite://");
        gone.close();
        DBAPIException e = wrapped(gone, "SELECT 1");
        assertThat(e).isInstanceOf(OperationalException.class);
        assertThat(e.connectionInvalidated()).isTrue();
    }

    @Test
    void ordinaryErrorsAreNotDisconnects() {
        SQLException e = catchThrowableOfType(SQLException.class, () -> RawSQLite.exec(c, "SELECT * FROM nope"));
        assertThat(dialect.isDisconnect(e)).isFalse();
    }
}
