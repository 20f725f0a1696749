package org.athanor.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.DataException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.InternalException;
import org.athanor.exc.NotSupportedException;
import org.athanor.exc.OperationalException;
import org.athanor.exc.ProgrammingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PostgreSQLDialect_ErrorsTest {

    private final PgjdbcDialect dialect = new PgjdbcDialect();

    private static SQLException state(String state) {
        return new SQLException("server said so", state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08003", "08006", "08001", "08P01", "57P01", "57P02", "57P03", "57P05", "25P03"})
    void disconnectStates(String state) {
        assertThat(dialect.isDisconnect(state(state))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "42P01", "40P01", "57014", "55P03", "22012", "25P02", "53300"})
    void statesThatLeaveTheConnectionAlive(String state) {
        assertThat(dialect.isDisconnect(state(state))).isFalse();
    }

    @Test
    void disconnectFoundInTheCauseChainAndByExceptionType() {
        SQLException outer = new SQLException("batch failed", "XX000");
        outer.initCause(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(dialect.isDisconnect(outer)).isTrue();
        assertThat(dialect.isDisconnect(new SQLNonTransientConnectionException("gone", null, 0,
                new EOFException()))).isTrue();
    }

    @Test
    void classificationBySqlState() {
        assertThat(wrap("23505")).isInstanceOf(IntegrityException.class);
        assertThat(wrap("23502")).isInstanceOf(IntegrityException.class);
        assertThat(wrap("42P01")).isInstanceOf(ProgrammingException.class);
        assertThat(wrap("42601")).isInstanceOf(ProgrammingException.class);
        assertThat(wrap("22012")).isInstanceOf(DataException.class);
        assertThat(wrap("40P01")).isInstanceOf(OperationalException.class);
        assertThat(wrap("40001")).isInstanceOf(OperationalException.class);
        assertThat(wrap("55P03")).isInstanceOf(OperationalException.class);
        assertThat(wrap("57014")).isInstanceOf(OperationalException.class);
        assertThat(wrap("3D000")).isInstanceOf(OperationalException.class);
        assertThat(wrap("HV000")).isInstanceOf(OperationalException.class);
        assertThat(wrap("P0001")).isInstanceOf(InternalException.class);
        assertThat(wrap("25P02")).isInstanceOf(InternalException.class);
        assertThat(wrap("0A000")).isInstanceOf(NotSupportedException.class);
    }

    @Test
    void wrappedExceptionKeepsStatementCauseAndInvalidation() {
        SQLException cause = state("57P01");
        DBAPIException e = dialect.wrapException(cause, "select 1", List.of(1), true);
        assertThat(e).isInstanceOf(OperationalException.class);
        assertThat((Throwable) e.getCause()).isSameAs(cause);
        assertThat(e.connectionInvalidated()).isTrue();
        assertThat(e.sqlState()).isEqualTo("57P01");
    }

    private DBAPIException wrap(String state) {
        return dialect.wrapException(state(state), "x", List.of(), false);
    }
}
