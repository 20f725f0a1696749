package org.athanor.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLRecoverableException;
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

/** Oracle's error codes, as ojdbc reports them (vendor code = the number of ORA-nnnnn). */
class OracleDialect_ErrorsTest {

    private final OjdbcDialect dialect = new OjdbcDialect();

    private static SQLException ora(int code, String state) {
        return new SQLException(String.format("ORA-%05d: message", code), state, code);
    }

    @ParameterizedTest
    @ValueSource(ints = {28, 1012, 1033, 1034, 1089, 1092, 2396, 3113, 3114, 3135, 12153, 12514, 12537, 12547, 12571,
        17002, 17008, 17410})
    void disconnectCodes(int code) {
        assertThat(dialect.isDisconnect(ora(code, "99999"))).isTrue();
        assertThat(dialect.wrapException(ora(code, "99999"), "x", List.of(), true))
                .isInstanceOf(OperationalException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 942, 60, 54, 1400, 1722, 8177, 0})
    void codesThatLeaveTheSessionAlive(int code) {
        assertThat(dialect.isDisconnect(ora(code, "42000"))).isFalse();
    }

    @Test
    void recoverableExceptionsAndCausesMeanDisconnect() {
        // ojdbc: "ORA-17002: I/O error: Connection reset", a SQLRecoverableException with SQLState 08006
        assertThat(dialect.isDisconnect(new SQLRecoverableException("ORA-17002: I/O error", "08006", 17002,
                new IOException("Connection reset")))).isTrue();
        assertThat(dialect.isDisconnect(new SQLRecoverableException("no code"))).isTrue();
        SQLException batch = new SQLException("batch failed", "99999", 0);
        batch.initCause(ora(3113, "08000"));
        assertThat(dialect.isDisconnect(batch)).isTrue();
    }

    @Test
    void classificationByOraCode() {
        assertThat(wrap(new SQLIntegrityConstraintViolationException("ORA-00001: unique constraint violated", "23000",
                1))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(ora(1400, "23000"))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(ora(2291, "23000"))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(ora(2290, "23000"))).isInstanceOf(IntegrityException.class);
        assertThat(wrap(new SQLSyntaxErrorException("ORA-00942: table or view does not exist", "42000", 942)))
                .isInstanceOf(ProgrammingException.class);
        assertThat(wrap(ora(904, "42000"))).isInstanceOf(ProgrammingException.class);
        assertThat(wrap(ora(2289, "42000"))).isInstanceOf(ProgrammingException.class);
        assertThat(wrap(ora(1722, "42000"))).isInstanceOf(DataException.class); // SQLState says 42, the code says data
        assertThat(wrap(ora(12899, "72000"))).isInstanceOf(DataException.class);
        assertThat(wrap(ora(1476, "22012"))).isInstanceOf(DataException.class);
        assertThat(wrap(ora(60, "61000"))).isInstanceOf(OperationalException.class);
        assertThat(wrap(ora(54, "61000"))).isInstanceOf(OperationalException.class);
        assertThat(wrap(ora(8177, "72000"))).isInstanceOf(OperationalException.class);
        assertThat(wrap(ora(1017, "72000"))).isInstanceOf(OperationalException.class);
        assertThat(wrap(ora(3001, "0A000"))).isInstanceOf(NotSupportedException.class);
    }

    private DBAPIException wrap(SQLException e) {
        return dialect.wrapException(e, "x", List.of(), false);
    }
}
