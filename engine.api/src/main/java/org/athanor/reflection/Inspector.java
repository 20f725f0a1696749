package org.athanor.reflection;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.athanor.engine.Connectable;
import org.athanor.engine.Connection;
import org.athanor.exc.AthanorException;

/**
 * Describes a database's schema through an engine or a connection: schemas, tables, views, columns (with
 * Athanor types), keys, indexes, unique constraints and comments. Each call borrows a connection (on an
 * engine, one from the pool; on a connection, that connection) and asks the dialect's {@link Reflector}.
 *
 * <pre>{@code
 * Inspector inspector = Inspector.of(engine);
 * for (String table : inspector.tableNames()) {
 *     System.out.println(table + " " + inspector.columns(table));
 * }
 * }</pre>
 *
 * <p>Thread-safe when made from an engine; made from a connection, as thread-safe as the connection (not).
 */
public final class Inspector {
    private final Connectable connectable;

    private Inspector(Connectable connectable) {
        this.connectable = connectable;
    }

    /**
     * Makes an inspector.
     *
     * @param connectable an engine or a connection
     * @return the inspector
     */
    public static Inspector of(Connectable connectable) {
        return new Inspector(connectable);
    }

    @FunctionalInterface
    private interface Call<T> {
        T run(Reflector reflector, java.sql.Connection connection) throws SQLException;
    }

    private <T> T call(String what, Call<T> call) {
        try (Connection c = connectable.contextualConnect()) {
            Reflector r = c.dialect().reflector();
            try {
                return call.run(r, c.driverConnection());
            } catch (SQLException e) {
                throw c.dialect().wrapException(e, null, null, false);
            }
        } catch (AthanorException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AthanorException("Reflection failed while reading " + what + ": " + e, e);
        }
    }

    /** @return the schema names */
    public List<String> schemaNames() {
        return call("schema names", (r, c) -> r.schemaNames(c));
    }

    /** @return the default schema's name, or {@code null} */
    public String defaultSchemaName() {
        return call("the default schema", (r, c) -> r.defaultSchemaName(c));
    }

    /** @return the table names of the default schema, sorted */
    public List<String> tableNames() {
        return tableNames(null);
    }

    /**
     * Lists tables.
     *
     * @param schema the schema, or {@code null} for the default
     * @return the table names, sorted
     */
    public List<String> tableNames(String schema) {
        return call("table names", (r, c) -> r.tableNames(c, schema));
    }

    /**
     * Lists views.
     *
     * @param schema the schema, or {@code null} for the default
     * @return the view names, sorted
     */
    public List<String> viewNames(String schema) {
        return call("view names", (r, c) -> r.viewNames(c, schema));
    }

    /**
     * Tells whether a table or view exists in the default schema.
     *
     * @param table the name
     * @return whether it exists
     */
    public boolean hasTable(String table) {
        return hasTable(table, null);
    }

    /**
     * Tells whether a table or view exists.
     *
     * @param table the name
     * @param schema the schema, or {@code null}
     * @return whether it exists
     */
    public boolean hasTable(String table, String schema) {
        return call("table " + table, (r, c) -> r.hasTable(c, table, schema));
    }

    /**
     * Tells whether a sequence exists.
     *
     * @param sequence the name
     * @param schema the schema, or {@code null}
     * @return whether it exists
     */
    public boolean hasSequence(String sequence, String schema) {
        return call("sequence " + sequence, (r, c) -> r.hasSequence(c, sequence, schema));
    }

    /** @param table the table @return its columns (default schema) */
    public List<ReflectedColumn> columns(String table) {
        return columns(table, null);
    }

    /**
     * Describes columns.
     *
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the columns, in order
     */
    public List<ReflectedColumn> columns(String table, String schema) {
        return call("columns of " + table, (r, c) -> r.columns(c, table, schema));
    }

    /**
     * Describes the primary key.
     *
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the key
     */
    public ReflectedPrimaryKey primaryKey(String table, String schema) {
        return call("the primary key of " + table, (r, c) -> r.primaryKey(c, table, schema));
    }

    /**
     * Describes the foreign keys.
     *
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the foreign keys
     */
    public List<ReflectedForeignKey> foreignKeys(String table, String schema) {
        return call("foreign keys of " + table, (r, c) -> r.foreignKeys(c, table, schema));
    }

    /**
     * Describes the indexes.
     *
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the indexes
     */
    public List<ReflectedIndex> indexes(String table, String schema) {
        return call("indexes of " + table, (r, c) -> r.indexes(c, table, schema));
    }

    /**
     * Describes the unique constraints.
     *
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the constraints
     */
    public List<ReflectedUniqueConstraint> uniqueConstraints(String table, String schema) {
        return call("unique constraints of " + table, (r, c) -> r.uniqueConstraints(c, table, schema));
    }

    /**
     * Returns the table comment.
     *
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the comment, if any
     */
    public Optional<String> tableComment(String table, String schema) {
        return Optional.ofNullable(call("the comment of " + table, (r, c) -> r.tableComment(c, table, schema)));
    }
}
