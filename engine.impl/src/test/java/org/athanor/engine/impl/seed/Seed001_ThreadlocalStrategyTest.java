package org.athanor.engine.impl.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Strategy;
import org.athanor.engine.Transaction;
import org.athanor.engine.impl.testing.TestDb;
import org.athanor.exc.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001, "Using the Threadlocal Execution Strategy": {@code db.begin(); call_operation1();
 * call_operation2(); db.commit()} with connectionless executions sharing the thread's transaction;
 * {@code db.connect()} outside the threadlocal scope; {@code db.contextual_connect()} whose close does not
 * release the connection until every other use is closed, transactions included.
 *
 * <p>TODO(expression language): {@code users.update(users.c.user_id==5).execute(name='ed')} and
 * {@code log_table.insert()} are written as text SQL.
 */
class Seed001_ThreadlocalStrategyTest {
    @TempDir
    Path dir;
    TestDb tdb;
    Engine db;

    @BeforeEach
    void setUp() {
        tdb = new TestDb(dir);
        tdb.exec("create table users (user_id integer primary key, name varchar(50))",
                "create table log_table (message varchar(100))");
        db = tdb.engine(EngineOptions.builder().strategy(Strategy.THREADLOCAL).build());
    }

    @AfterEach
    void tearDown() {
        db.dispose();
    }

    void callOperation1() {
        db.execute("insert into users values (?, ?)", 1, "john");
    }

    void callOperation2() {
        db.execute("update users set name = :name where user_id = :id", Map.of("name", "ed", "id", 1));
    }

    int checkedOut() {
        return db.pool().statistics().checkedOut();
    }

    @Test
    void beginOperationsCommit() {
        db.begin();
        try {
            callOperation1();
            callOperation2();
            assertThat(tdb.count("users")).as("both in the thread's transaction").isZero();
            assertThat(checkedOut()).as("one connection for the thread").isEqualTo(1);
            db.commit();
        } catch (RuntimeException e) {
            db.rollback();
            throw e;
        }
        assertThat(tdb.column("select name from users")).containsExactly("ed");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void beginOperationsRollback() {
        db.begin();
        callOperation1();
        callOperation2();
        db.rollback();
        assertThat(tdb.count("users")).isZero();
        assertThat(checkedOut()).isZero();
    }

    @Test
    void anExceptionLeadsToRollback() {
        db.begin();
        assertThatThrownBy(() -> {
            try {
                callOperation1();
                callOperation1(); // duplicate key
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            }
        }).isInstanceOf(org.athanor.exc.IntegrityException.class);
        assertThat(tdb.count("users")).isZero();
        assertThat(checkedOut()).isZero();
    }

    @Test
    void connectIsOutsideTheThreadlocalScope() {
        db.begin();
        Connection conn = db.connect();
        try {
            conn.execute("insert into log_table values (:message)", Map.of("message", "Operation started"));
            callOperation1();
            callOperation2();
            try (Connection contextual = db.contextualConnect()) {
                assertThat(conn.driverConnection()).isNotSameAs(contextual.driverConnection());
            }
            assertThat(tdb.column("select message from log_table")).as("conn autocommits on its own")
                    .containsExactly("Operation started");
            db.rollback();
            conn.execute("insert into log_table values (:message)", Map.of("message", "Operation failed"));
        } finally {
            conn.close();
        }
        assertThat(tdb.count("users")).isZero();
        assertThat(tdb.column("select message from log_table")).containsExactly("Operation started",
                "Operation failed");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void contextualConnectSharesTheThreadsConnectionAndTransaction() {
        Transaction tx = db.begin();
        Connection conn = db.contextualConnect(); // call_operation3(conn)
        assertThat(conn.driverConnection()).isSameAs(tx.connection().driverConnection());
        assertThat(conn.inTransaction()).isTrue();
        conn.execute("insert into users values (5, 'wendy')");
        conn.close();
        assertThat(checkedOut()).as("the transaction still uses it").isEqualTo(1);
        db.commit();
        assertThat(checkedOut()).isZero();
        assertThat(tdb.count("users")).isEqualTo(1);
    }

    @Test
    void theConnectionIsReleasedWhenTheLastUseIsClosed() {
        Connection c1 = db.contextualConnect();
        Connection c2 = db.contextualConnect();
        assertThat(c1.driverConnection()).isSameAs(c2.driverConnection());
        c1.close();
        assertThat(checkedOut()).isEqualTo(1);
        c2.close();
        assertThat(checkedOut()).isZero();
        try (Connection c3 = db.contextualConnect()) {
            assertThat(c3.isClosed()).isFalse();
            assertThat(checkedOut()).isEqualTo(1);
        }
    }

    @Test
    void beginNestsByCountingAndTheEngineEndsTheInnermost() {
        db.begin();
        db.begin();
        callOperation1();
        db.commit(); // inner: counted only
        assertThat(tdb.count("users")).isZero();
        db.commit(); // outer
        assertThat(tdb.count("users")).isEqualTo(1);
        assertThatThrownBy(db::commit).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no transaction");
    }

    @Test
    void eachThreadHasItsOwnConnectionAndTransaction() throws Exception {
        db.begin();
        Thread other = new Thread(() -> {
            db.begin();
            db.execute("insert into log_table values ('other thread')");
            db.commit();
        });
        other.start();
        other.join();
        assertThat(tdb.column("select message from log_table")).containsExactly("other thread");
        callOperation1();
        db.rollback();
        assertThat(tdb.count("users")).isZero();
        assertThat(checkedOut()).isZero();
    }

    @Test
    void engineCommitNeedsTheThreadlocalStrategy() {
        Engine plain = tdb.engine();
        try {
            assertThatThrownBy(plain::commit).isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("threadlocal");
        } finally {
            plain.dispose();
        }
    }
}
