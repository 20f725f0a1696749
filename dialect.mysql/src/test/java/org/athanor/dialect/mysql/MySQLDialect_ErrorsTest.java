package org.athanor.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import com.mysql.cj.jdbc.exceptions.CommunicationsException;
import java.io.EOFException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.DataException;
import org.athanor.exc.IntegrityException;
import org.athanor.exc.NotSupportedException;
import org.athanor.exc.OperationalException;
import org.athanor.exc.ProgrammingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MySQLDialect_ErrorsTest {

    private final MySQLDialect dialect = new ConnectorJDialect();

    private static SQLException code(int code) {
        return new SQLException("server error " + code, "HY000", code);
    }

    @ParameterizedTest
    @ValueSource(ints = {2006, 2013, 2014, 2045, 2055, 4031, 1927, 1053})
    void disconnectCodes(int code) {
        assertThat(dialect.isDisconnect(code(code))).isTrue();
        assertThat(new MariaDBConnectorDialect().isDisconnect(code(code))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1062, 1146, 1213, 1205, 1064, 1317, 0})
    void codesThatLeaveTheConnectionAlive(int code) {
        assertThat(dialect.isDisconnect(code(code))).isFalse();
    }

    @Test
    void driverConnectionExceptions() {
        // Connector/J: the socket died (SQLState 08S01, vendor code 0)
        assertThat(dialect.isDisconnect(new CommunicationsException("Communications link failure",
                new EOFException("Can not read response from server")))).isTrue();
        // Connector/J after that: "No operations allowed after connection closed."
        assertThat(dialect.isDisconnect(new SQLNonTransientConnectionException("closed", "08003"))).isTrue();
        // MariaDB Connector/J: "(conn=12) Socket error"
        assertThat(new MariaDBConnectorDialect().isDisconnect(new SQLNonTransientConnectionException(
                "(conn=12) Socket error", "08000", -1))).isTrue();
        SQLException wrapped = new SQLException("batch failed", "HY000", 0);
        wrapped.initCause(code(2013));
        assertThat(dialect.isDisconnect(wrapped)).isTrue();
    }

    @Test
    void classificationByVendorCode() {
        assertThat(wrap(code(1062))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(code(1452))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(code(1048))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(code(3819))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(code(4025))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(code(1146))).isInstanceOf(ProgrammingException.class);
        assertThat(wrap(code(1054))).isInstanceOf(ProgrammingException.class);
        assertThat(wrap(code(1064))).isInstanceOf(ProgrammingException.class);
        assertThat(wrap(code(1213))).isInstanceOf(OperationalException.class);
        assertThat(wrap(code(1205))).isInstanceOf(OperationalException.class);
        assertThat(wrap(code(1045))).isInstanceOf(OperationalException.class);
        assertThat(wrap(code(1366))).isInstanceOf(DataException.class);
        assertThat(wrap(code(1406))).isInstanceOf(DataException.class);
        assertThat(wrap(code(1235))).isInstanceOf(NotSupportedException.class);
    }

    @Test
    void vendorCodeWinsOverAMisleadingExceptionType() {
        // a deadlock as some drivers raise it: SQLState 40001 would already say operational,
        // but a code in an integrity-typed exception still decides by code
        assertThat(wrap(new SQLIntegrityConstraintViolationException("Deadlock found", "40001", 1213)))
                .isInstanceOf(OperationalException.class);
        assertThat(wrap(new SQLSyntaxErrorException("Table 't' doesn't exist", "42S02", 1146)))
                .isInstanceOf(ProgrammingException.class);
        // unknown codes fall back to the kit: SQLState 22 is data
        assertThat(wrap(new SQLException("odd", "22007", 9999))).isInstanceOf(DataException.class);
    }

    private DBAPIException wrap(SQLException e) {
        return dialect.wrapException(e, "x", List.of(), false);
    }
}
