package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.impl.testing.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * The session state the engine puts back on return when it lost track of it; live PostgreSQL and MariaDB
 * tests (the fault tests) cover search path, schema and catalog.
 */
class SessionBaselineTest extends EngineFixture {

    @Override
    protected String[] schema() {
        return new String[] {"create table t (x integer)"};
    }

    @Override
    protected Engine createEngine() {
        return db.engine(EngineOptions.builder().poolSize(1).build());
    }

    @Test
    void sessionStatementsAreRecognized() {
        assertThat(SessionBaseline.changesSession("SET search_path TO other")).isTrue();
        assertThat(SessionBaseline.changesSession("  set session transaction isolation level serializable")).isTrue();
        assertThat(SessionBaseline.changesSession("/* hint */ -- line\n use otherdb")).isTrue();
        assertThat(SessionBaseline.changesSession("RESET ALL")).isTrue();
        assertThat(SessionBaseline.changesSession("discard all")).isTrue();
        assertThat(SessionBaseline.changesSession("ALTER SESSION SET CURRENT_SCHEMA = x")).isTrue();
        assertThat(SessionBaseline.changesSession("alter table t add column y int")).isFalse();
        assertThat(SessionBaseline.changesSession("select 'SET x'")).isFalse();
        assertThat(SessionBaseline.changesSession("settings")).isFalse();
        assertThat(SessionBaseline.changesSession("")).isFalse();
        assertThat(SessionBaseline.changesSession("/* unterminated")).isFalse();
    }

    @Test
    void anIsolationLevelSetOnTheDriverConnectionIsPutBackOnReturn() throws Exception {
        int original;
        java.sql.Connection raw;
        try (Connection c = engine.connect()) {
            raw = c.driverConnection();
            original = raw.getTransactionIsolation();
            int other = original == java.sql.Connection.TRANSACTION_SERIALIZABLE
                    ? java.sql.Connection.TRANSACTION_READ_UNCOMMITTED : java.sql.Connection.TRANSACTION_SERIALIZABLE;
            raw.setTransactionIsolation(other);
        }
        try (Connection c = engine.connect()) {
            assertThat(c.driverConnection()).isSameAs(raw);
            assertThat(raw.getTransactionIsolation()).isEqualTo(original);
        }
    }
}
