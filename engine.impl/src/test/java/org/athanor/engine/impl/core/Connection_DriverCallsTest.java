package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.ResetOnReturn;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.CountingConnection;
import org.athanor.engine.impl.testing.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps the driver's state in fields: no autocommit query per statement or checkout, no reset round
 * trip for a connection returned clean, exactly one switch each way per transaction.
 */
class Connection_DriverCallsTest extends EngineFixture {
    final List<CountingConnection> made = new CopyOnWriteArrayList<>();

    @Override
    protected String[] schema() {
        return new String[] {"create table t (x integer)"};
    }

    @Override
    protected Engine createEngine() {
        return db.engine(EngineOptions.builder().poolSize(1).creator(() -> {
            CountingConnection c = CountingConnection.wrap(db.open());
            made.add(c);
            return c.proxy();
        }).build());
    }

    CountingConnection driver() {
        assertThat(made).hasSize(1);
        return made.get(0);
    }

    @Test
    void statementsOutsideTransactionsCostNoAutocommitQueriesAndNoResetOnReturn() {
        for (int i = 0; i < 5; i++) {
            try (Connection c = engine.connect()) {
                c.execute("insert into t values (?)", i);
                c.execute("select * from t").all();
            }
            engine.execute("update t set x = x + 1").close();
        }
        CountingConnection d = driver();
        assertThat(d.calls("getAutoCommit")).as("asked once, when first checked out").isLessThanOrEqualTo(1);
        assertThat(d.calls("setAutoCommit")).isZero();
        assertThat(d.calls("rollback")).isZero();
        assertThat(d.calls("commit")).isZero();
        assertThat(db.count("t")).isEqualTo(5);
    }

    @Test
    void aTransactionSwitchesAutocommitOffOnceAndBackOnOnce() {
        try (Connection c = engine.connect()) {
            c.execute("select 1").all();
            driver().reset();
            try (Transaction tx = c.begin()) {
                c.execute("insert into t values (1)");
                c.execute("insert into t values (2)");
                tx.commit();
            }
        }
        CountingConnection d = driver();
        assertThat(d.calls("setAutoCommit")).isEqualTo(2);
        assertThat(d.calls("commit")).isEqualTo(1);
        assertThat(d.calls("rollback")).as("returned clean: no reset").isZero();
    }

    @Test
    void closingWithAnOpenTransactionRollsBackOnce() {
        try (Connection c = engine.connect()) {
            c.execute("select 1").all();
            driver().reset();
            c.begin();
            c.execute("insert into t values (1)");
        }
        assertThat(driver().calls("rollback")).isEqualTo(1);
        assertThat(db.count("t")).isZero();
        try (Connection c = engine.connect()) {
            c.execute("insert into t values (2)");
        }
        assertThat(db.count("t")).as("autocommit mode restored").isEqualTo(1);
    }

    @Test
    void aDriverConnectionHandedOutIsPutBackInAutocommitModeOnReturn() throws Exception {
        try (Connection c = engine.connect()) {
            java.sql.Connection raw = c.driverConnection();
            raw.setAutoCommit(false);
            raw.createStatement().execute("insert into t values (9)"); // never committed
        }
        assertThat(driver().target().getAutoCommit()).as("restored on return").isTrue();
        assertThat(db.count("t")).as("rolled back on return").isZero();
        int asked = driver().calls("getAutoCommit");
        try (Connection c = engine.connect()) {
            c.execute("insert into t values (1)");
        }
        assertThat(driver().calls("getAutoCommit")).as("the state is known again: no question").isEqualTo(asked);
        assertThat(db.count("t")).isEqualTo(1);
    }

    @Test
    void withResetOnReturnNoneADriverConnectionHandedOutMakesTheNextCheckoutAskAgain() throws Exception {
        List<CountingConnection> own = new CopyOnWriteArrayList<>();
        Engine none = db.engine(EngineOptions.builder().poolSize(1).resetOnReturn(ResetOnReturn.NONE).creator(() -> {
            CountingConnection c = CountingConnection.wrap(db.open());
            own.add(c);
            return c.proxy();
        }).build());
        try {
            try (Connection c = none.connect()) {
                c.driverConnection().setAutoCommit(false);
            }
            int asked = own.get(0).calls("getAutoCommit");
            try (Connection c = none.connect()) {
                assertThat(own.get(0).calls("getAutoCommit")).isGreaterThan(asked);
                c.execute("insert into t values (1)"); // autocommit is off now: the engine commits
            }
            assertThat(db.count("t")).isEqualTo(1);
        } finally {
            none.dispose();
        }
    }
}
