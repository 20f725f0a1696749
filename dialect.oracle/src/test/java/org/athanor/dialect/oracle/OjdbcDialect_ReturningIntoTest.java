package org.athanor.dialect.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import oracle.jdbc.OracleTypes;
import org.athanor.dialect.Capabilities;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Result;
import org.athanor.engine.Row;
import org.athanor.exc.AthanorException;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Oracle's {@code RETURNING ... INTO} through the engine, on a stand-in for ojdbc ({@link OracleStub}: proxies
 * for the connection and for {@code OraclePreparedStatement}); <b>no Oracle server was available</b>. Checks the
 * calls made on the statement — the input values bound, one {@code registerReturnParameter} per output
 * placeholder with the SQL type of its column, {@code execute}, {@code getReturnResultSet} — and that the
 * returned values reach the {@code Result}'s rows, by label, position and column object.
 */
class OjdbcDialect_ReturningIntoTest {
    private final OracleStub server = new OracleStub();
    private final MetaData metadata = new MetaData();
    private final Table users = new Table("users", metadata, Column.of("id", SqlTypes.INTEGER).primaryKey(),
            Column.of("name", SqlTypes.string(50)), Column.of("score", SqlTypes.numeric(5, 2)),
            Column.of("seen", SqlTypes.DATETIME));
    private Engine engine;

    @BeforeEach
    void open() {
        engine = Athanor.createEngine("oracle+ojdbc://scott:tiger@stand-in:1521/orcl",
                EngineOptions.builder().creator(server::connection).build());
    }

    @AfterEach
    void close() {
        engine.dispose();
    }

    private List<String> statementCalls() {
        return server.calls.stream().filter(c -> !c.startsWith("close") && !c.startsWith("setQueryTimeout")
                && !c.startsWith("setFetchSize")).toList();
    }

    @Test
    void anInsertReturningGivesTheReturnedValuesAsTheResultsRows() {
        server.returning(new Object[] {new BigDecimal("9"), "pebbles"});
        try (Connection c = engine.connect()) {
            Result r = c.execute(users.insert().value("id", 9).value("name", "pebbles")
                    .returning(users.c("id"), users.c("name")));
            assertThat(r.returnsRows()).isTrue();
            assertThat(r.keys()).containsExactly("ID", "NAME");
            Row row = r.one();
            assertThat(row.get("id")).isEqualTo(9);
            assertThat(row.get(1)).isEqualTo("pebbles");
            assertThat(row.getByKey(users.c("name"))).isEqualTo("pebbles");
        }
        assertThat(server.prepared).contains("INSERT INTO users (id, name) VALUES (?, ?) RETURNING id, name INTO ?, ?");
        assertThat(statementCalls()).containsExactly("setObject(1, 9)", "setObject(2, pebbles)",
                "registerReturnParameter(3, " + OracleTypes.NUMBER + ")",
                "registerReturnParameter(4, " + OracleTypes.VARCHAR + ")", "execute()", "getReturnResultSet()");
    }

    @Test
    void anUpdateReturnsOneRowPerRowItTouchedWithTheDialectsConversions() {
        Timestamp seen = Timestamp.valueOf(LocalDateTime.of(2024, 2, 29, 13, 45));
        server.returning(new Object[] {new BigDecimal("1"), new BigDecimal("3.25"), seen},
                new Object[] {new BigDecimal("2"), null, null});
        try (Connection c = engine.connect()) {
            List<Row> rows = c.execute(users.update().set("name", "x").where(users.c("id").lt(3))
                    .returning(users.c("id"), users.c("score"), users.c("seen"))).all();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).values()).containsExactly(1, new BigDecimal("3.25"), LocalDateTime.of(2024, 2, 29,
                    13, 45));
            assertThat(rows.get(1).values()).containsExactly(2, null, null);
        }
        assertThat(statementCalls()).contains("registerReturnParameter(3, " + OracleTypes.NUMBER + ")",
                "registerReturnParameter(4, " + OracleTypes.NUMBER + ")",
                "registerReturnParameter(5, " + OracleTypes.TIMESTAMP + ")");
    }

    @Test
    void aDeleteReturningNothingGivesNoRows() {
        server.returning();
        try (Connection c = engine.connect()) {
            Result r = c.execute(users.delete().where(users.c("id").eq(42)).returning(users.c("name")));
            assertThat(r.returnsRows()).isTrue();
            assertThat(r.all()).isEmpty();
        }
        assertThat(server.prepared).contains("DELETE FROM users WHERE users.id = ? RETURNING name INTO ?");
        assertThat(engine.pool().statistics().checkedOut()).isZero();
    }

    @Test
    void aBatchWithReturningIsRefusedWithAMessageSayingWhatToDo() {
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute(users.insert().returning(users.c("id")),
                    List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b"))))
                    .isInstanceOf(AthanorException.class).hasMessageContaining("once per row");
        }
        assertThat(server.calls).doesNotContain("executeBatch()");
    }

    @Test
    void anInsertWithoutReturningReportsItsKeyThroughGeneratedKeys() {
        server.returning(new Object[] {new BigDecimal("10")}).keyLabels("ID");
        try (Connection c = engine.connect()) {
            Result r = c.execute(users.insert().value("name", "bamm-bamm"));
            assertThat(r.returnsRows()).isFalse();
            assertThat(r.insertedPrimaryKey()).hasSize(1);
            assertThat(((Number) r.insertedPrimaryKey().get(0)).intValue()).isEqualTo(10);
        }
        assertThat(statementCalls()).contains("prepareStatement(ID)", "getGeneratedKeys()")
                .noneMatch(call -> call.startsWith("registerReturnParameter"));
    }

    @Test
    void theReturningLabelsAreReadFromTheStatement() {
        assertThat(ReturningInto.labels("INSERT INTO t (a) VALUES (?) RETURNING id, \"Name\", upper(x) AS \"U\","
                + " CAST(y AS VARCHAR2(10)) INTO ?, ?, ?, ?", 4))
                .containsExactly("ID", "Name", "U", "CAST(Y AS VARCHAR2(10))");
        assertThat(ReturningInto.labels("UPDATE \"a RETURNING b\" SET c = ', RETURNING x INTO' RETURNING c INTO ?", 1))
                .containsExactly("C");
        assertThat(ReturningInto.labels("INSERT INTO t VALUES (1)", 2)).containsExactly("COLUMN_1", "COLUMN_2");
    }

    @Test
    void eachTypeIsRegisteredAsTheOracleTypeCompilerDeclaresIt() {
        Capabilities old = Capabilities.of(30);
        Capabilities v23 = Capabilities.of(128, Capabilities.Feature.NATIVE_BOOLEAN, Capabilities.Feature.JSON);
        assertThat(ReturningInto.oracleType(SqlTypes.BIGINT, old)).isEqualTo(OracleTypes.NUMBER);
        assertThat(ReturningInto.oracleType(SqlTypes.BOOLEAN, old)).isEqualTo(OracleTypes.NUMBER);
        assertThat(ReturningInto.oracleType(SqlTypes.BOOLEAN, v23)).isEqualTo(OracleTypes.BOOLEAN);
        assertThat(ReturningInto.oracleType(SqlTypes.TEXT, old)).isEqualTo(OracleTypes.CLOB);
        assertThat(ReturningInto.oracleType(SqlTypes.JSON, old)).isEqualTo(OracleTypes.CLOB);
        assertThat(ReturningInto.oracleType(SqlTypes.JSON, v23)).isEqualTo(OracleTypes.JSON);
        assertThat(ReturningInto.oracleType(SqlTypes.DATE, old)).isEqualTo(OracleTypes.DATE);
        assertThat(ReturningInto.oracleType(SqlTypes.TIMESTAMP_TZ, old)).isEqualTo(OracleTypes.TIMESTAMPTZ);
        assertThat(ReturningInto.oracleType(SqlTypes.BLOB, old)).isEqualTo(OracleTypes.BLOB);
        assertThat(ReturningInto.oracleType(SqlTypes.binary(16), old)).isEqualTo(OracleTypes.RAW);
        assertThat(ReturningInto.oracleType(SqlTypes.UUID_TYPE, old)).isEqualTo(OracleTypes.VARCHAR);
    }
}
