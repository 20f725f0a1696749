package org.athanor.testing.suite;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.athanor.dialect.Capabilities;
import org.athanor.dialect.Dialect;

/**
 * What the database under test can do, which switches conformance tests on or off (SQLAlchemy's
 * {@code SuiteRequirements}), plus the few SQL spellings the suite needs and cannot take from a compiler:
 * column types, the auto-incrementing primary key column, and the table-less SELECT.
 *
 * <p>Start from {@link #defaults()} (every requirement met, SQL-standard spellings) or
 * {@link #forDialect(Dialect)} (requirements the dialect's capabilities and isolation levels imply) and
 * change what differs:
 * <pre>{@code
 * Requirements.forDialect(new SQLiteDialect()).toBuilder()
 *         .without(Requirement.EXACT_DECIMAL)
 *         .autoincrementPrimaryKey("INTEGER PRIMARY KEY")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Requirements {

    /** A feature a test may need; a test that needs one the database lacks is skipped. */
    public enum Requirement {
        /** SAVEPOINT, ROLLBACK TO SAVEPOINT and RELEASE SAVEPOINT work inside a transaction. */
        SAVEPOINTS,
        /** DDL run inside a transaction is undone by its rollback. */
        TRANSACTIONAL_DDL,
        /**
         * Two connections checked out at once are separate database sessions; not so for SQLite in memory,
         * whose singleton-per-thread pool hands one thread the same connection.
         */
        INDEPENDENT_CONNECTIONS,
        /** Closing the driver connection under an Athanor connection makes its next statement a disconnect. */
        DISCONNECT_DETECTION,
        /** A DECIMAL(28,10) value comes back with every digit. */
        EXACT_DECIMAL,
        /** There is a TIME column type. */
        TIME_TYPE,
        /** TIMESTAMP and TIME columns keep microseconds. */
        FRACTIONAL_SECONDS,
        /** An empty string is stored as such, not as NULL (Oracle stores NULL). */
        EMPTY_STRING,
        /** A many-row execution reports the total number of rows it changed. */
        BATCH_ROWCOUNT,
        /** A text {@code INSERT ... RETURNING} returns rows. */
        RETURNING
    }

    private static final Requirements DEFAULTS = new Builder().build();

    private final Set<Requirement> met;
    private final Set<String> isolationLevels;
    private final Map<ColumnKind, String> columnTypes;
    private final String autoincrementPrimaryKey;
    private final String tablelessSelectSuffix;

    private Requirements(Builder b) {
        this.met = Collections.unmodifiableSet(EnumSet.copyOf(b.met));
        this.isolationLevels = Collections.unmodifiableSet(new LinkedHashSet<>(b.isolationLevels));
        this.columnTypes = Collections.unmodifiableMap(new EnumMap<>(b.columnTypes));
        this.autoincrementPrimaryKey = b.autoincrementPrimaryKey;
        this.tablelessSelectSuffix = b.tablelessSelectSuffix;
    }

    /**
     * Returns requirements with everything met, the standard isolation levels plus AUTOCOMMIT, and
     * SQL-standard spellings.
     *
     * @return the defaults
     */
    public static Requirements defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder at the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the defaults adjusted to what a dialect declares: savepoints, transactional DDL and RETURNING
     * from its {@link Capabilities}, and its isolation levels. The suite then checks that the declarations are
     * true.
     *
     * @param dialect a dialect instance (not yet connected: its capabilities may be provisional)
     * @return the requirements
     */
    public static Requirements forDialect(Dialect dialect) {
        Capabilities caps = dialect.capabilities();
        Builder b = builder().isolationLevels(dialect.isolationLevels().toArray(String[]::new));
        if (!caps.has(Capabilities.Feature.SAVEPOINTS)) {
            b.without(Requirement.SAVEPOINTS);
        }
        if (!caps.has(Capabilities.Feature.TRANSACTIONAL_DDL)) {
            b.without(Requirement.TRANSACTIONAL_DDL);
        }
        if (!caps.has(Capabilities.Feature.INSERT_RETURNING)) {
            b.without(Requirement.RETURNING);
        }
        return b.build();
    }

    /**
     * Starts a builder holding these requirements.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.met.clear();
        b.met.addAll(met);
        b.isolationLevels.clear();
        b.isolationLevels.addAll(isolationLevels);
        b.columnTypes.putAll(columnTypes);
        b.autoincrementPrimaryKey = autoincrementPrimaryKey;
        b.tablelessSelectSuffix = tablelessSelectSuffix;
        return b;
    }

    /**
     * Tells whether a requirement is met.
     *
     * @param requirement the requirement
     * @return whether met
     */
    public boolean has(Requirement requirement) {
        return met.contains(requirement);
    }

    /**
     * Returns the requirements met.
     *
     * @return an unmodifiable set
     */
    public Set<Requirement> met() {
        return met;
    }

    /**
     * Returns the isolation levels to test, as the dialect names them.
     *
     * @return an unmodifiable set, such as {@code SERIALIZABLE} and {@code AUTOCOMMIT}
     */
    public Set<String> isolationLevels() {
        return isolationLevels;
    }

    /**
     * Returns the DDL type for a kind of column.
     *
     * @param kind the kind
     * @return such as {@code DOUBLE PRECISION}
     */
    public String columnType(ColumnKind kind) {
        return columnTypes.getOrDefault(kind, kind.defaultDdl());
    }

    /**
     * Returns the column definition of an auto-incrementing integer primary key, without its name.
     *
     * @return such as {@code INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY}
     */
    public String autoincrementPrimaryKey() {
        return autoincrementPrimaryKey;
    }

    /**
     * Writes a SELECT of expressions without a table, such as {@code SELECT 1} or Oracle's
     * {@code SELECT 1 FROM DUAL}.
     *
     * @param expressions the select list
     * @return the statement
     */
    public String selectWithoutTable(String expressions) {
        return "SELECT " + expressions + tablelessSelectSuffix;
    }

    @Override
    public String toString() {
        return "Requirements[met=" + met + ", isolationLevels=" + isolationLevels + ", columnTypes=" + columnTypes
                + ", autoincrementPrimaryKey=" + autoincrementPrimaryKey + "]";
    }

    /** Builds {@link Requirements}; not thread-safe. */
    public static final class Builder {
        private final EnumSet<Requirement> met = EnumSet.allOf(Requirement.class);
        private final Set<String> isolationLevels = new LinkedHashSet<>(List.of("READ UNCOMMITTED",
                "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE", "AUTOCOMMIT"));
        private final Map<ColumnKind, String> columnTypes = new EnumMap<>(ColumnKind.class);
        private String autoincrementPrimaryKey = "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
        private String tablelessSelectSuffix = "";

        private Builder() {
        }

        /**
         * Marks requirements as met.
         *
         * @param requirements the requirements
         * @return this builder
         */
        public Builder with(Requirement... requirements) {
            Collections.addAll(met, requirements);
            return this;
        }

        /**
         * Marks requirements as not met, so the tests needing them are skipped.
         *
         * @param requirements the requirements
         * @return this builder
         */
        public Builder without(Requirement... requirements) {
            for (Requirement r : requirements) {
                met.remove(r);
            }
            return this;
        }

        /**
         * Sets the isolation levels to test (names as the dialect accepts them; upper case, spaces).
         *
         * @param levels the levels
         * @return this builder
         */
        public Builder isolationLevels(String... levels) {
            isolationLevels.clear();
            for (String l : levels) {
                isolationLevels.add(l.trim().toUpperCase(Locale.ROOT).replace('_', ' '));
            }
            return this;
        }

        /**
         * Sets the DDL type of a kind of column, such as {@code BYTEA} for {@link ColumnKind#BINARY}.
         *
         * @param kind the kind
         * @param ddl the type as written in CREATE TABLE
         * @return this builder
         */
        public Builder columnType(ColumnKind kind, String ddl) {
            columnTypes.put(kind, ddl);
            return this;
        }

        /**
         * Sets the column definition of an auto-incrementing integer primary key, such as
         * {@code INTEGER AUTO_INCREMENT PRIMARY KEY}.
         *
         * @param ddl the definition after the column name
         * @return this builder
         */
        public Builder autoincrementPrimaryKey(String ddl) {
            this.autoincrementPrimaryKey = ddl;
            return this;
        }

        /**
         * Sets what follows the select list of a table-less SELECT, such as {@code " FROM DUAL"}.
         *
         * @param suffix the text, empty for none
         * @return this builder
         */
        public Builder tablelessSelectSuffix(String suffix) {
            this.tablelessSelectSuffix = suffix == null ? "" : suffix;
            return this;
        }

        /**
         * Builds the requirements.
         *
         * @return the requirements
         */
        public Requirements build() {
            return new Requirements(this);
        }
    }
}
