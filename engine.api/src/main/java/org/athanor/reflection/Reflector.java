package org.athanor.reflection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The dialect's reflection SPI: how to read schema descriptions from a driver connection. Dialects return
 * one from {@code Dialect.reflector()}; extend {@link JdbcReflector}, which implements every method over
 * {@code java.sql.DatabaseMetaData}, and override what the driver reports poorly. Names passed in and
 * returned are Athanor's (normalized) names; a {@code null} schema means the connection's default one.
 *
 * <p>Implementations must be thread-safe (one instance serves every connection of an engine).
 */
@ConsumerType
public interface Reflector {

    /**
     * Lists the schemas.
     *
     * @param connection the driver connection
     * @return the names
     * @throws SQLException if the driver fails
     */
    List<String> schemaNames(Connection connection) throws SQLException;

    /**
     * Returns the connection's default schema.
     *
     * @param connection the driver connection
     * @return the name, or {@code null} if the database has none
     * @throws SQLException if the driver fails
     */
    String defaultSchemaName(Connection connection) throws SQLException;

    /**
     * Lists the tables of a schema (not views).
     *
     * @param connection the driver connection
     * @param schema the schema, or {@code null}
     * @return the names, sorted
     * @throws SQLException if the driver fails
     */
    List<String> tableNames(Connection connection, String schema) throws SQLException;

    /**
     * Lists the views of a schema.
     *
     * @param connection the driver connection
     * @param schema the schema, or {@code null}
     * @return the names, sorted
     * @throws SQLException if the driver fails
     */
    List<String> viewNames(Connection connection, String schema) throws SQLException;

    /**
     * Describes the columns of a table or view.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the columns in order (empty if the table does not exist)
     * @throws SQLException if the driver fails
     */
    List<ReflectedColumn> columns(Connection connection, String table, String schema) throws SQLException;

    /**
     * Describes the primary key of a table.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the key (no columns if none)
     * @throws SQLException if the driver fails
     */
    ReflectedPrimaryKey primaryKey(Connection connection, String table, String schema) throws SQLException;

    /**
     * Describes the foreign keys of a table.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the foreign keys
     * @throws SQLException if the driver fails
     */
    List<ReflectedForeignKey> foreignKeys(Connection connection, String table, String schema) throws SQLException;

    /**
     * Describes the indexes of a table, leaving out those that implement its primary key or a unique
     * constraint reported by {@link #uniqueConstraints}.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the indexes
     * @throws SQLException if the driver fails
     */
    List<ReflectedIndex> indexes(Connection connection, String table, String schema) throws SQLException;

    /**
     * Describes the unique constraints of a table.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the constraints
     * @throws SQLException if the driver fails
     */
    List<ReflectedUniqueConstraint> uniqueConstraints(Connection connection, String table, String schema)
            throws SQLException;

    /**
     * Returns the comment of a table.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return the comment, or {@code null}
     * @throws SQLException if the driver fails
     */
    String tableComment(Connection connection, String table, String schema) throws SQLException;

    /**
     * Tells whether a table (or view) exists.
     *
     * @param connection the driver connection
     * @param table the table
     * @param schema the schema, or {@code null}
     * @return whether it exists
     * @throws SQLException if the driver fails
     */
    boolean hasTable(Connection connection, String table, String schema) throws SQLException;

    /**
     * Tells whether a sequence exists.
     *
     * @param connection the driver connection
     * @param sequence the sequence
     * @param schema the schema, or {@code null}
     * @return whether it exists
     * @throws SQLException if the driver fails
     */
    boolean hasSequence(Connection connection, String sequence, String schema) throws SQLException;
}
