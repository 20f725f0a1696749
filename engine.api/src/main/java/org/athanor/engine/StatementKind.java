package org.athanor.engine;

/**
 * What kind of statement a compiled statement is; decides library-level autocommit and whether an inserted
 * primary key is fetched.
 *
 * <p>Thread-safe (an enum).
 */
public enum StatementKind {
    /** A query that returns rows. */
    SELECT,
    /** An INSERT. */
    INSERT,
    /** An UPDATE. */
    UPDATE,
    /** A DELETE. */
    DELETE,
    /** A data definition statement: CREATE, ALTER, DROP, TRUNCATE, COMMENT, GRANT, REVOKE. */
    DDL,
    /** Anything else. */
    OTHER;

    /**
     * Tells whether a statement of this kind changes data or schema and so is autocommitted when run
     * outside a transaction.
     *
     * @return true for INSERT, UPDATE, DELETE and DDL
     */
    public boolean isDataChanging() {
        return this == INSERT || this == UPDATE || this == DELETE || this == DDL;
    }
}
