package org.athanor.engine;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A statement compiled for one dialect: SQL text with JDBC {@code ?} placeholders, the order of its bind
 * parameters, and what the engine needs to know to execute it and read its result.
 *
 * <p>Implementations are immutable and thread-safe, so a compiled form can be cached and shared.
 */
@ProviderType
public interface Compiled {

    /**
     * Returns the SQL text, with {@code ?} placeholders.
     *
     * @return the SQL
     */
    String sql();

    /**
     * Returns what kind of statement this is.
     *
     * @return the kind
     */
    StatementKind kind();

    /**
     * Tells whether executing this statement outside a transaction commits it (library-level autocommit),
     * unless an {@code autocommit} execution option says otherwise.
     *
     * @return by default, whether the kind changes data or schema
     */
    default boolean isAutocommit() {
        return kind().isDataChanging();
    }

    /**
     * Tells whether the statement returns rows (a SELECT, or DML with RETURNING).
     *
     * @return whether there is a result set to read
     */
    boolean returnsRows();

    /**
     * Returns the names of the bind parameters, in placeholder order (a name may appear more than once).
     *
     * @return the names
     */
    List<String> parameterNames();

    /**
     * Produces the values for the placeholders, in order, from the given parameter values and the values
     * the statement itself carries, applying each parameter's bind processor.
     *
     * @param parameters values by parameter name; may be empty
     * @return the driver-ready values, one per placeholder
     * @throws org.athanor.exc.ArgumentException if a required parameter has no value
     */
    List<Object> bind(Map<String, ?> parameters);

    /**
     * For an INSERT, the names of the primary key columns whose generated values the engine should fetch
     * and report as {@link Result#insertedPrimaryKey()}.
     *
     * @return the primary key column names, empty if none are to be fetched
     */
    default List<String> primaryKeyColumns() {
        return List.of();
    }

    /**
     * Returns the processor that converts the driver's value of a result column to its Java value, if the
     * column's type has one.
     *
     * @param index the zero-based column index in the result
     * @param label the column label the driver reports
     * @return the processor, or {@code null} to keep the driver's value
     */
    default ValueProcessor resultProcessor(int index, String label) {
        return null;
    }

    /**
     * Finds the result column a key stands for, so that {@link Row#getByKey(Object)} can accept the
     * column objects of the SQL expression language: a column selected by the statement, or an expression
     * with the same name as a result column.
     *
     * @param key a column or other expression object
     * @return the zero-based result column index, or -1 if this compiled form does not know the key
     */
    default int resultIndex(Object key) {
        return -1;
    }
}
