package org.athanor.engine.impl.shell;

import java.util.List;

/**
 * What {@code engine:tables} and {@code engine:describe} ask of a database's schema.
 *
 * <p>Implementations borrow a connection per call and are thread-safe.
 */
interface SchemaView {

    /**
     * A table or view.
     *
     * @param schema its schema, or {@code null} where the database has none
     * @param name its name
     * @param type {@code TABLE}, {@code VIEW}, ...
     */
    record Table(String schema, String name, String type) {
    }

    /**
     * A column of a table.
     *
     * @param name its name
     * @param type its database type, such as {@code VARCHAR(20)}
     * @param nullable whether it takes NULL
     * @param defaultValue its default expression, or {@code null}
     * @param primaryKey its position in the primary key (from 1), or 0
     */
    record Column(String name, String type, boolean nullable, String defaultValue, int primaryKey) {
    }

    /**
     * Lists the tables and views of the default schema.
     *
     * @return them, sorted by name
     */
    List<Table> tables();

    /**
     * Lists a table's columns in their order.
     *
     * @param table the table's name, optionally {@code schema.table}; matched as given, else ignoring case
     * @return the columns
     * @throws ShellException if there is no such table
     */
    List<Column> columns(String table);
}
