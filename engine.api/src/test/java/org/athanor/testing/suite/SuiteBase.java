package org.athanor.testing.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.exc.ProgrammingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every conformance suite: one engine per test class on the {@link TestDatabase} a subclass
 * supplies, uniquely named tables created by tests and dropped after each, and helpers for the SQL the
 * suites share.
 *
 * <p>A subclass implements {@link #database()}; it is called once per test class, from {@code @BeforeAll},
 * so a live database that is not reachable ({@link org.athanor.testing.LiveDatabase}) skips the class there.
 *
 * <p>Not thread-safe: JUnit runs one test of an instance at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(RequirementsExtension.class)
public abstract class SuiteBase {

    /** Distinguishes this run's tables from those of other runs against the same database. */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabase database;
    private final List<String> tables = new ArrayList<>();

    /** The engine of this test class, created with default options. */
    protected Engine engine;

    /**
     * Supplies the database under test.
     *
     * @return the database
     */
    protected abstract TestDatabase database();

    /**
     * Returns the database under test, asking {@link #database()} once.
     *
     * @return the database
     */
    protected final TestDatabase db() {
        if (database == null) {
            database = database();
        }
        return database;
    }

    /**
     * Returns what the database under test can do.
     *
     * @return the requirements
     */
    protected final Requirements requirements() {
        return db().requirements();
    }

    /** Creates this class's engine. */
    @BeforeAll
    protected final void createEngine() {
        engine = db().createEngine();
    }

    /** Disposes this class's engine. */
    @AfterAll
    protected final void disposeEngine() {
        if (engine != null) {
            engine.dispose();
        }
    }

    /**
     * Drops the tables the test created, newest first. A table that no longer exists (dropped by the test, or
     * lost with an in-memory database) is not an error; any other failure is.
     */
    @AfterEach
    protected final void dropTables() {
        RuntimeException failure = null;
        for (int i = tables.size() - 1; i >= 0; i--) {
            try (Connection c = engine.connect()) {
                c.execute("DROP TABLE " + tables.get(i));
            } catch (ProgrammingException gone) {
                // already gone
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        tables.clear();
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Creates an engine with other options, for a test to use and dispose (try-with-resources).
     *
     * @param options the options
     * @return the engine
     */
    protected final Engine createEngine(EngineOptions options) {
        return db().createEngine(options);
    }

    /**
     * Returns a table name no other test or run uses, lower case, at most 24 characters.
     *
     * @param purpose a short word, such as {@code people}
     * @return the name
     */
    protected static String uniqueName(String purpose) {
        String p = purpose.length() > 8 ? purpose.substring(0, 8) : purpose;
        return "ath_" + p + "_" + RUN + "_" + COUNTER.incrementAndGet();
    }

    /**
     * Creates a table with a unique name on this class's engine, to be dropped after the test.
     *
     * @param purpose a short word for the name
     * @param columns the column definitions, such as {@code id INTEGER PRIMARY KEY, name VARCHAR(50)}
     * @return the table name
     */
    protected final String createTable(String purpose, String columns) {
        String name = uniqueName(purpose);
        tables.add(name);
        try (Connection c = engine.connect()) {
            c.execute("CREATE TABLE " + name + " (" + columns + ")");
        }
        return name;
    }

    /**
     * Registers a table a test creates itself, so that it is dropped after the test.
     *
     * @param name the table name from {@link #uniqueName(String)}
     * @return the name
     */
    protected final String dropAfterTest(String name) {
        tables.add(name);
        return name;
    }

    /**
     * Creates the suite's usual table: {@code id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50)}.
     *
     * @return the table name
     */
    protected final String peopleTable() {
        return createTable("people", "id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50)");
    }

    /**
     * Inserts a row into a {@link #peopleTable()}.
     *
     * @param c the connection
     * @param table the table
     * @param id the id
     * @param name the name
     */
    protected static void insertPerson(Connection c, String table, int id, String name) {
        c.execute("INSERT INTO " + table + " (id, name) VALUES (:id, :name)", Map.of("id", id, "name", name));
    }

    /**
     * Counts a table's rows on a new connection.
     *
     * @param table the table
     * @return the count
     */
    protected final long count(String table) {
        try (Connection c = engine.connect()) {
            return count(c, table);
        }
    }

    /**
     * Counts a table's rows on a connection.
     *
     * @param c the connection
     * @param table the table
     * @return the count
     */
    protected static long count(Connection c, String table) {
        return SuiteValues.asLong(c.execute("SELECT COUNT(*) FROM " + table).scalar());
    }

    /**
     * Writes a table-less SELECT for this database.
     *
     * @param expressions the select list
     * @return the statement
     */
    protected final String selectWithoutTable(String expressions) {
        return requirements().selectWithoutTable(expressions);
    }
}
