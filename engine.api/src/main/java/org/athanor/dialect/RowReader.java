package org.athanor.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads the rows of one result set, value by value or a whole row at once: made by
 * {@link Dialect#rowReader} for one result set and used for that result set's rows only. It may learn about
 * its result set as it reads (its column types, say) and read later rows differently, as long as every value is
 * the one {@link Dialect#getValue} would give.
 *
 * <p>Not thread-safe: the engine reads a result's rows on one thread at a time.
 *
 * @since 1.2
 */
@ProviderType
@FunctionalInterface
public interface RowReader {

    /**
     * Reads the current row: columns {@code 1} to {@code values.length}, into {@code values[0]} onwards. The
     * driver's {@code wasNull()} is unspecified afterwards.
     *
     * @param resultSet the result set the reader was made for, on a row
     * @param values where the values go, one per column; its length is the number of columns
     * @throws SQLException if the driver fails
     */
    void read(ResultSet resultSet, Object[] values) throws SQLException;
}
