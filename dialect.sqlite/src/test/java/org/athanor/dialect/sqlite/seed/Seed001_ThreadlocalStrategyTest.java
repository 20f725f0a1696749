package org.athanor.dialect.sqlite.seed;

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
import org.athanor.exc.IntegrityException;
import org.athanor.exc.InvalidRequestException;
import org.athanor.sql.schema.Column;
import org.athanor.sql.schema.MetaData;
import org.athanor.sql.schema.Table;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 001, "Using the Threadlocal Execution Strategy": {@code db.begin(); call_operation1();
 * call_operation2(); db.commit()} with connectionless executions sharing the thread's transaction —
 * {@code engine.execute("insert into users values (?, ?)", 1, "john")} and the implicit
 * {@code users.update(users.c.user_id==5).execute(name='ed')} through bound metadata; {@code db.connect()}
 * outside the threadlocal scope writing {@code log_table.insert()} rows; {@code db.contextual_connect()} whose
 * close does not release the connection until every other use is closed, transactions included. What is
 * committed is read from a second driver connection.
 */
class Seed001_ThreadlocalStrategyTest {
    @TempDir
    Path dir;
    TestDb tdb;
    Engine db;
    final MetaData meta = new MetaData();
    final Table users = new Table("users", meta, Column.of("user_id", SqlTypes.INTEGER).primaryKey(),
            Column.of("name", SqlTypes.string(50)));
    final Table logTable = new Table("log_table", meta, Column.of("message", SqlTypes.string(100)));

    @BeforeEach
    void setUp() {
        tdb = new TestDb(dir);
        db = tdb.engine(EngineOptions.builder().strategy(Strategy.THREADLOCAL).build());
        meta.createAll(db);
        tdb.exec("insert into users values (5, 'jack')");
        meta.bind(db); // discouraged, but this is what the seed's users.update(...).execute() relies on
    }

    @AfterEach
    void tearDown() {
        db.dispose();
    }

    void callOperation1() {
        db.execute("insert into users values (?, ?)", 1, "john");
    }

    void callOperation2() {
        users.update().where(users.c("user_id").eq(5)).execute(Map.of("name", "ed")).close();
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
            assertThat(tdb.column("select name from users order by user_id")).as("both wait for db.commit()")
                    .containsExactly("jack");
            assertThat(checkedOut()).as("one connection for the thread").isEqualTo(1);
            db.commit();
        } catch (RuntimeException e) {
            db.rollback();
            throw e;
        }
        assertThat(tdb.column("select name from users order by user_id")).containsExactly("john", "ed");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void beginOperationsRollback() {
        db.begin();
        callOperation1();
        callOperation2();
        db.rollback();
        assertThat(tdb.column("select name from users order by user_id")).containsExactly("jack");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void anExceptionLeadsToRollback() {
        db.begin();
        assertThatThrownBy(() -> {
            try {
                callOperation2();
                callOperation1();
                callOperation1(); // duplicate key
                db.commit();
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            }
        }).isInstanceOf(IntegrityException.class);
        assertThat(tdb.column("select name from users order by user_id")).containsExactly("jack");
        assertThat(checkedOut()).isZero();
    }

    /** The seed's second example: conn = db.connect() logs through its own connection, outside the scope. */
    void operationWithLog(boolean fail) {
        db.begin();
        Connection conn = db.connect();
        try {
            try {
                conn.execute(logTable.insert(), Map.of("message", "Operation started"));
                callOperation1();
                callOperation2();
                try (Connection contextual = db.contextualConnect()) {
                    assertThat(conn.driverConnection()).as("not part of the threadlocal scope")
                            .isNotSameAs(contextual.driverConnection());
                }
                assertThat(tdb.column("select message from log_table")).as("conn autocommits on its own")
                        .containsExactly("Operation started");
                if (fail) {
                    throw new IllegalStateException("operation failed");
                }
                db.commit();
                conn.execute(logTable.insert(), Map.of("message", "Operation succeeded"));
            } catch (RuntimeException e) {
                db.rollback();
                conn.execute(logTable.insert(), Map.of("message", "Operation failed"));
            }
        } finally {
            conn.close();
        }
    }

    @Test
    void connectIsOutsideTheThreadlocalScopeWhenTheOperationSucceeds() {
        operationWithLog(false);
        assertThat(tdb.column("select name from users order by user_id")).containsExactly("john", "ed");
        assertThat(tdb.column("select message from log_table")).containsExactly("Operation started",
                "Operation succeeded");
        assertThat(checkedOut()).isZero();
    }

    @Test
    void connectIsOutsideTheThreadlocalScopeWhenTheOperationFails() {
        operationWithLog(true);
        assertThat(tdb.column("select name from users order by user_id")).containsExactly("jack");
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
        conn.execute(users.insert(), Map.of("user_id", 6, "name", "wendy"));
        conn.close();
        assertThat(checkedOut()).as("the transaction still uses it").isEqualTo(1);
        assertThat(tdb.count("users")).isEqualTo(1);
        db.commit();
        assertThat(checkedOut()).isZero();
        assertThat(tdb.count("users")).isEqualTo(2);
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
        assertThat(tdb.count("users")).isEqualTo(1);
        db.commit(); // outer
        assertThat(tdb.count("users")).isEqualTo(2);
        assertThatThrownBy(db::commit).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("no transaction");
    }

    @Test
    void eachThreadHasItsOwnConnectionAndTransaction() throws Exception {
        db.begin();
        Thread other = new Thread(() -> {
            db.begin();
            logTable.insert().execute(Map.of("message", "other thread")).close();
            db.commit();
        });
        other.start();
        other.join();
        assertThat(tdb.column("select message from log_table")).containsExactly("other thread");
        callOperation1();
        db.rollback();
        assertThat(tdb.count("users")).isEqualTo(1);
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
