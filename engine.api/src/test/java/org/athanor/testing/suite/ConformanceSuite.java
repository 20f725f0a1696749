package org.athanor.testing.suite;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * Every conformance suite at once (SQLAlchemy's {@code from sqlalchemy.testing.suite import *}): subclass it
 * once per database configuration and supply the {@link TestDatabase}; each part runs as a {@code @Nested}
 * class with its own engine.
 *
 * <pre>{@code
 * class SQLiteConformanceTest extends ConformanceSuite {
 *     @Override
 *     protected TestDatabase database() {
 *         return TestDatabase.of("sqlite:///" + file, Requirements.forDialect(new SQLiteDialect()));
 *     }
 * }
 * }</pre>
 *
 * <p>To run only some parts, or to add a database's own tests beside them, subclass the single suites
 * ({@link ConnectionSuite}, {@link TransactionSuite}, ...) instead.
 *
 * <p>Not thread-safe: JUnit runs one test of an instance at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceSuite {

    private TestDatabase database;

    /**
     * Supplies the database under test; called once per instance, from the first part's {@code @BeforeAll}.
     *
     * @return the database
     */
    protected abstract TestDatabase database();

    private TestDatabase shared() {
        if (database == null) {
            database = database();
        }
        return database;
    }

    /** Connecting, pooling, detaching, invalidation. */
    @Nested
    class Connections extends ConnectionSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Transactions and nested begin counting. */
    @Nested
    class Transactions extends TransactionSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** SAVEPOINT transactions. */
    @Nested
    class Savepoints extends SavepointSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Library-level autocommit. */
    @Nested
    class Autocommit extends AutocommitSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Isolation levels. */
    @Nested
    class Isolation extends IsolationSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Many-row execution. */
    @Nested
    class ExecuteMany extends ExecuteManySuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Inserted primary keys and RETURNING. */
    @Nested
    class InsertedPrimaryKey extends InsertedPrimaryKeySuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Error classification. */
    @Nested
    class Errors extends ErrorSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Reading results. */
    @Nested
    class Results extends ResultSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }

    /** Type round trips. */
    @Nested
    class Types extends TypesSuite {
        @Override
        protected TestDatabase database() {
            return shared();
        }
    }
}
