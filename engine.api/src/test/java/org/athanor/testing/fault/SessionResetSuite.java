package org.athanor.testing.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Statement;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A connection returned with its session changed must reach the next borrower as new (issue 7): autocommit,
 * isolation and schema (search path, database) as they were, no uncommitted row, no lock left. The engine
 * has a pool of one, so the next borrower gets the very same server connection. A dialect module subclasses
 * it with its {@link FaultTarget}.
 *
 * <p>Not thread-safe; JUnit runs one test at a time per instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SessionResetSuite {
    private FaultFixture fixture;
    private String table;
    private String otherSchema;
    private Engine engine;
    private long serverId;
    private boolean defaultAutocommit;
    private int defaultIsolation;
    private String defaultSchema;

    /**
     * Returns the database under test.
     *
     * @return the target
     */
    protected abstract FaultTarget target();

    @BeforeAll
    void openFixture() {
        fixture = new FaultFixture(target());
        table = FaultFixture.uniqueName("reset");
        otherSchema = FaultFixture.uniqueName("other");
        fixture.run(target().createSchemaSql(otherSchema));
        fixture.createTable(table);
    }

    @AfterAll
    void closeFixture() {
        if (fixture != null) {
            try {
                fixture.run("DROP TABLE " + fixture.adminName(table), target().dropSchemaSql(otherSchema));
            } finally {
                fixture.close();
            }
        }
    }

    @BeforeEach
    void openEngine() throws SQLException {
        engine = fixture.engine(null, EngineOptions.builder().poolSize(1).maxOverflow(0).build());
        try (Connection c = engine.connect()) {
            serverId = fixture.connectionId(c);
            defaultSchema = String.valueOf(c.execute(target().currentSchemaSql()).scalar());
            java.sql.Connection raw = c.driverConnection();
            defaultAutocommit = raw.getAutoCommit();
            defaultIsolation = raw.getTransactionIsolation();
        }
    }

    @AfterEach
    void disposeEngine() {
        engine.dispose();
        fixture.run("DELETE FROM " + fixture.adminName(table));
    }

    private static int otherIsolation(int level) {
        return level == java.sql.Connection.TRANSACTION_SERIALIZABLE ? java.sql.Connection.TRANSACTION_READ_COMMITTED
                : java.sql.Connection.TRANSACTION_SERIALIZABLE;
    }

    /** What the next borrower must see: the same server connection, as new, with nothing left behind. */
    private void assertNextBorrowerSeesDefaults() throws SQLException {
        try (Connection c = engine.connect()) {
            assertThat(fixture.connectionId(c)).as("the same server connection").isEqualTo(serverId);
            assertThat(String.valueOf(c.execute(target().currentSchemaSql()).scalar())).isEqualTo(defaultSchema);
            java.sql.Connection raw = c.driverConnection();
            assertThat(raw.getAutoCommit()).isEqualTo(defaultAutocommit);
            assertThat(raw.getTransactionIsolation()).isEqualTo(defaultIsolation);
            assertThat(((Number) c.execute("SELECT count(*) FROM " + table).scalar()).intValue())
                    .as("the uncommitted insert is gone").isZero();
        }
        // no lock left: another session may take the same key at once
        try (Connection admin = fixture.admin().connect()) {
            admin.execute(target().shortLockTimeoutSql()).close();
            admin.execute("INSERT INTO " + fixture.adminName(table) + " VALUES (42, 2)").close();
            admin.execute("DELETE FROM " + fixture.adminName(table) + " WHERE id = 42").close();
        }
    }

    @Test
    void changesMadeOnTheDriverConnectionAreUndoneOnReturn() throws SQLException {
        try (Connection c = engine.connect()) {
            java.sql.Connection raw = c.driverConnection();
            raw.setTransactionIsolation(otherIsolation(defaultIsolation));
            raw.setAutoCommit(false);
            try (Statement s = raw.createStatement()) {
                s.execute("INSERT INTO " + table + " VALUES (42, 1)");
                s.execute(target().useSchemaSql(otherSchema));
            }
        }
        assertNextBorrowerSeesDefaults();
    }

    @Test
    void aSchemaChangeRunAsTextSqlIsUndoneOnReturn() throws SQLException {
        try (Connection c = engine.connect()) {
            c.execute(target().useSchemaSql(otherSchema)).close();
            assertThat(String.valueOf(c.execute(target().currentSchemaSql()).scalar())).isEqualTo(otherSchema);
        }
        assertNextBorrowerSeesDefaults();
    }

    @Test
    void anUncommittedTransactionOfTheEngineIsRolledBackOnReturn() throws SQLException {
        try (Connection c = engine.connect()) {
            c.begin();
            c.execute("INSERT INTO " + table + " VALUES (42, 1)").close();
        }
        assertNextBorrowerSeesDefaults();
    }
}
