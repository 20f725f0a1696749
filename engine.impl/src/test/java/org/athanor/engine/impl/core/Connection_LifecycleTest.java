package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DBAPIException;
import org.athanor.exc.DatabaseException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.exc.OperationalException;
import org.athanor.exc.ResourceClosedException;
import org.junit.jupiter.api.Test;

/** Closing, invalidating, disconnects, dispose, and the errors misuse gets. */
class Connection_LifecycleTest extends EngineFixture {
    final AtomicBoolean serverGone = new AtomicBoolean();

    @Override
    protected String[] schema() {
        return new String[] {"create table t (x integer)"};
    }

    @Override
    protected Engine createEngine() {
        return db.engine(EngineOptions.builder().creator(() -> dropping(db.open())).build());
    }

    /** A driver connection that fails with a connection-exception SQLState while the "server" is gone. */
    java.sql.Connection dropping(java.sql.Connection real) {
        return (java.sql.Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (p, m, args) -> {
                    if (serverGone.get() && m.getName().equals("prepareStatement")) {
                        throw new SQLException("connection reset by peer", "08S01");
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void theEntryPointFindsThisImplementation() {
        assertThat(Athanor.factory()).isInstanceOf(EngineFactoryImpl.class);
    }

    @Test
    void aClosedConnectionSaysSoAndWhatToDo() {
        Connection c = engine.connect();
        c.close();
        c.close(); // idempotent
        assertThat(c.isClosed()).isTrue();
        assertThatThrownBy(() -> c.execute("select 1")).isInstanceOf(ResourceClosedException.class)
                .hasMessageContaining("closed").hasMessageContaining("engine.connect()");
        assertThatThrownBy(c::begin).isInstanceOf(ResourceClosedException.class);
        assertThatThrownBy(c::driverConnection).isInstanceOf(ResourceClosedException.class);
    }

    @Test
    void closingABranchLeavesItsParentOpenButClosingTheParentEndsTheBranch() {
        Connection c = engine.connect();
        Connection branch = c.executionOptions(org.athanor.engine.ExecutionOptions.of("x", 1));
        branch.close();
        assertThat(c.execute("select 1").scalar()).isEqualTo(1);
        Connection branch2 = c.contextualConnect();
        c.close();
        assertThat(branch2.isClosed()).isTrue();
        assertThatThrownBy(() -> branch2.execute("select 1")).isInstanceOf(ResourceClosedException.class);
    }

    @Test
    void driverErrorsAreWrappedWithStatementParametersAndCause() {
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute("select * from no_such_table where x = ?", 42))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("no_such_table")
                    .hasMessageContaining("[parameters: (42)]")
                    .hasCauseInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((DBAPIException) e).connectionInvalidated()).isFalse());
            assertThat(c.execute("select 1").scalar()).as("still usable").isEqualTo(1);
        }
    }

    @Test
    void aMissingNamedParameterIsNamed() {
        assertThatThrownBy(() -> engine.execute("select :a, :b", Map.of("a", 1, "c", 3)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining(":b").hasMessageContaining("[a, b]")
                .hasMessageContaining("c");
        assertThat(engine.pool().statistics().checkedOut()).as("the connection went back").isZero();
        assertThatThrownBy(() -> engine.executeMany("insert into t values (:x)", List.of()))
                .isInstanceOf(ArgumentException.class);
    }

    @Test
    void executeManySumsTheRowcounts() {
        assertThat(engine.executeMany("insert into t values (:x)", List.of(Map.of("x", 1), Map.of("x", 2),
                Map.of("x", 3))).rowcount()).isEqualTo(3);
        assertThat(db.count("t")).isEqualTo(3);
    }

    @Test
    void aDisconnectInvalidatesTheConnectionAndThePool() {
        Connection other = engine.connect();
        java.sql.Connection otherDriver = other.driverConnection();
        other.close();
        Connection c = engine.connect();
        assertThat(c.driverConnection()).isSameAs(otherDriver);
        Transaction tx = c.begin();
        Connection c2 = engine.connect();
        java.sql.Connection idle = c2.driverConnection();
        c2.close();
        serverGone.set(true);
        assertThatThrownBy(() -> c.execute("insert into t values (1)")).isInstanceOf(OperationalException.class)
                .satisfies(e -> assertThat(((DBAPIException) e).connectionInvalidated()).isTrue());
        serverGone.set(false);
        assertThat(c.isInvalidated()).isTrue();
        assertThat(tx.isActive()).isFalse();
        assertThatThrownBy(tx::commit).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> c.execute("select 1")).isInstanceOf(ResourceClosedException.class)
                .hasMessageContaining("invalidated");
        c.close();
        assertThat(engine.pool().statistics().invalidations()).isGreaterThanOrEqualTo(1);
        try (Connection fresh = engine.connect()) {
            assertThat(fresh.driverConnection()).isNotSameAs(otherDriver).isNotSameAs(idle);
            assertThat(fresh.execute("select 1").scalar()).isEqualTo(1);
        }
    }

    @Test
    void invalidateDiscardsTheDriverConnection() throws SQLException {
        Connection c = engine.connect();
        java.sql.Connection d = c.driverConnection();
        c.invalidate(new RuntimeException("test"));
        assertThat(c.isInvalidated()).isTrue();
        assertThat(d.isClosed()).isTrue();
        c.close();
        try (Connection again = engine.connect()) {
            assertThat(again.driverConnection()).isNotSameAs(d);
        }
    }

    @Test
    void afterDisposeTheEngineRefusesButCheckedOutConnectionsFinishAndAreClosed() throws SQLException {
        Connection c = engine.connect();
        java.sql.Connection d = c.driverConnection();
        engine.dispose();
        assertThat(engine.isDisposed()).isTrue();
        assertThatThrownBy(engine::connect).isInstanceOf(ResourceClosedException.class)
                .hasMessageContaining("disposed");
        assertThatThrownBy(() -> engine.execute("select 1")).isInstanceOf(ResourceClosedException.class);
        assertThatThrownBy(engine::begin).isInstanceOf(ResourceClosedException.class);
        assertThat(c.execute("select 1").scalar()).isEqualTo(1);
        c.close();
        assertThat(d.isClosed()).isTrue();
        engine.dispose(); // idempotent
    }
}
