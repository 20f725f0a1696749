package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.CountingConnection;
import org.athanor.engine.impl.testing.EngineFixture;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** Generative execution options on engines and connections, and isolation levels (engine-wide and per use). */
class Connection_ExecutionOptionsTest extends EngineFixture {
    static final ExecutionOptions READ_UNCOMMITTED = ExecutionOptions.of(ExecutionOptions.ISOLATION_LEVEL,
            "READ UNCOMMITTED");

    @Override
    protected String[] schema() {
        return new String[] {"create table t (x integer)"};
    }

    @Override
    protected Engine createEngine() {
        return db.engine(EngineOptions.builder().poolSize(1).build());
    }

    @Test
    void aBranchSharesTheDriverConnectionAndTheTransaction() {
        try (Connection c = engine.connect()) {
            Connection branch = c.executionOptions(ExecutionOptions.of("tag", "a"));
            assertThat(branch.executionOptions().get("tag")).isEqualTo("a");
            assertThat(c.executionOptions().get("tag")).isNull();
            assertThat(branch.driverConnection()).isSameAs(c.driverConnection());
            Transaction tx = c.begin();
            assertThat(branch.inTransaction()).isTrue();
            branch.execute("insert into t values (1)");
            tx.rollback();
            assertThat(db.count("t")).isZero();
        }
    }

    @Test
    void anEngineCopySharesThePoolAndCarriesItsOptions() {
        Engine copy = engine.executionOptions(ExecutionOptions.of("tag", "b"));
        assertThat(copy.pool()).isSameAs(engine.pool());
        assertThat(copy.executionOptions().get("tag")).isEqualTo("b");
        assertThat(engine.executionOptions().isEmpty()).isTrue();
        try (Connection c = copy.connect()) {
            assertThat(c.executionOptions().get("tag")).isEqualTo("b");
        }
        copy.dispose();
        assertThat(engine.isDisposed()).as("they share the pool").isTrue();
    }

    @Test
    void anIsolationLevelOptionAppliesAtOnceAndIsResetOnReturn() {
        java.sql.Connection driver;
        try (Connection c = engine.connect()) {
            driver = c.driverConnection();
            assertThat(c.isolationLevel()).isEqualTo("SERIALIZABLE");
            Connection dirty = c.executionOptions(READ_UNCOMMITTED);
            assertThat(c.isolationLevel()).isEqualTo("READ UNCOMMITTED");
            assertThat(dirty.isolationLevel()).isEqualTo("READ UNCOMMITTED");
        }
        try (Connection c = engine.connect()) {
            assertThat(c.driverConnection()).isSameAs(driver);
            assertThat(c.isolationLevel()).isEqualTo("SERIALIZABLE");
        }
    }

    @Test
    void theIsolationLevelCannotChangeInsideATransactionOrToAnUnknownLevel() {
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.executionOptions(ExecutionOptions.of(ExecutionOptions.ISOLATION_LEVEL,
                    "REPEATABLE READ"))).isInstanceOf(ArgumentException.class).hasMessageContaining("SERIALIZABLE");
            c.begin();
            assertThatThrownBy(() -> c.executionOptions(READ_UNCOMMITTED))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> engine.executionOptions(ExecutionOptions.of(ExecutionOptions.ISOLATION_LEVEL, "bogus")))
                .isInstanceOf(ArgumentException.class);
    }

    @Test
    void anEngineCopyWithAnIsolationLevelAppliesItToEachConnection() {
        Engine dirtyReads = engine.executionOptions(READ_UNCOMMITTED);
        try (Connection c = dirtyReads.connect()) {
            assertThat(c.isolationLevel()).isEqualTo("READ UNCOMMITTED");
        }
        try (Connection c = engine.connect()) {
            assertThat(c.isolationLevel()).isEqualTo("SERIALIZABLE");
        }
    }

    @Test
    void theEngineWideIsolationLevelIsSetOnEveryNewConnectionWhichStaysInAutocommitMode() throws Exception {
        Engine e = db.engine(EngineOptions.builder().isolationLevel("read_uncommitted").build());
        try (Connection c = e.connect()) {
            assertThat(c.isolationLevel()).isEqualTo("READ UNCOMMITTED");
            assertThat(c.driverConnection().getAutoCommit()).isTrue();
            c.execute("insert into t values (1)");
            assertThat(db.count("t")).isEqualTo(1);
        } finally {
            e.dispose();
        }
    }

    @Test
    void withTheAutocommitLevelBeginCommitAndRollbackDoNothingOnTheDatabase() {
        List<CountingConnection> made = new CopyOnWriteArrayList<>();
        Engine e = db.engine(EngineOptions.builder().isolationLevel("AUTOCOMMIT").creator(() -> {
            CountingConnection c = CountingConnection.wrap(db.open());
            made.add(c);
            return c.proxy();
        }).build());
        try (Connection c = e.connect()) {
            assertThat(c.isolationLevel()).isEqualTo("AUTOCOMMIT");
            Transaction tx = c.begin();
            c.execute("insert into t values (1)");
            assertThat(db.count("t")).as("committed by the driver at once").isEqualTo(1);
            tx.rollback();
            assertThat(db.count("t")).isEqualTo(1);
            c.begin().commit();
        } finally {
            e.dispose();
        }
        assertThat(made.get(0).calls("commit")).isZero();
        assertThat(made.get(0).calls("rollback")).isZero();
        assertThat(made.get(0).calls("setAutoCommit")).as("only the level's own setting").isEqualTo(1);
    }

    @Test
    void anAutocommitLevelOptionOnOneConnectionIsUndoneOnReturn() {
        try (Connection c = engine.connect()) {
            Connection auto = c.executionOptions(ExecutionOptions.of(ExecutionOptions.ISOLATION_LEVEL, "AUTOCOMMIT"));
            Transaction tx = auto.begin();
            auto.execute("insert into t values (1)");
            tx.rollback();
            assertThat(db.count("t")).isEqualTo(1);
        }
        try (Connection c = engine.connect()) {
            assertThat(c.isolationLevel()).isEqualTo("SERIALIZABLE");
            Transaction tx = c.begin();
            c.execute("insert into t values (2)");
            tx.rollback();
        }
        assertThat(db.count("t")).isEqualTo(1);
    }

    @Test
    void statementOptionsWinOverConnectionOptions() {
        try (Connection c = engine.connect()) {
            Connection held = c.executionOptions(ExecutionOptions.autocommit(false));
            held.execute(org.athanor.engine.impl.testing.TestText.of("insert into t values (1)",
                    org.athanor.engine.StatementKind.INSERT).executionOptions(ExecutionOptions.autocommit(true)));
            assertThat(db.count("t")).isEqualTo(1);
        }
    }
}
