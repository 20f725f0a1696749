package org.athanor.sql.upsert;

import java.util.Map;
import org.athanor.sql.Alias;
import org.athanor.sql.CacheKey;
import org.athanor.sql.ColumnClause;
import org.athanor.sql.Expression;
import org.athanor.sql.FromClause;
import org.athanor.sql.InsertOption;
import org.athanor.sql.TableClause;

/**
 * The {@code ON DUPLICATE KEY UPDATE} clause of an INSERT (MySQL and MariaDB; SQLAlchemy's
 * {@code on_duplicate_key_update}): when a proposed row duplicates a primary key or unique index, the
 * existing row is updated instead.
 *
 * <pre>{@code
 * Alias inserted = OnDuplicateKeyUpdate.inserted(users);
 * conn.execute(users.insert().values(row).withOption(OnDuplicateKeyUpdate.set(
 *         Map.of("name", inserted.c("name"), "visits", users.c("visits").plus(1)))));
 * }</pre>
 *
 * <p>The proposed row is {@link #inserted}: the MySQL dialect writes its columns as {@code VALUES(col)} on
 * MariaDB and on MySQL before 8.0.20, and as {@code new.col} of the row alias {@code AS new} on MySQL 8.0.20
 * and later (where {@code VALUES()} is deprecated; an INSERT ... SELECT keeps {@code VALUES()}, since it takes
 * no row alias). Plain values become bind parameters of their column's type. Dialects without the clause
 * (PostgreSQL and SQLite — see {@link OnConflict} —, Oracle) refuse the INSERT with an
 * {@link org.athanor.exc.UnsupportedCompilationException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class OnDuplicateKeyUpdate extends InsertOption {
    /** The alias under which the proposed row is referred to: {@code new}. */
    public static final String INSERTED = "new";

    private final SetClause set;

    private OnDuplicateKeyUpdate(SetClause set) {
        this.set = set;
    }

    /**
     * Makes the clause from the values to set on the existing row: plain values or expressions such as
     * {@code inserted(users).c("name")} or {@code users.c("visits").plus(1)}; the SET list follows the table's
     * column order.
     *
     * @param values column names to values or expressions
     * @return the clause
     * @throws org.athanor.exc.ArgumentException if no value is given
     */
    public static OnDuplicateKeyUpdate set(Map<String, ?> values) {
        return new OnDuplicateKeyUpdate(SetClause.of(values, "ON DUPLICATE KEY UPDATE"));
    }

    /**
     * Returns the proposed row, for the values of the update: the table aliased {@value #INSERTED}.
     *
     * @param table the INSERT's table
     * @return the alias
     */
    public static Alias inserted(FromClause table) {
        return table.alias(INSERTED);
    }

    /**
     * Tells whether a column is one of the proposed row's for an INSERT into a table (a column of
     * {@link #inserted} of that table).
     *
     * @param column the column
     * @param table the INSERT's table
     * @return whether it stands for the proposed value
     */
    public static boolean isInserted(ColumnClause<?> column, TableClause table) {
        return column.table() instanceof Alias a && a.name().equals(INSERTED) && a.original() == table;
    }

    @Override
    protected InsertOption forTable(TableClause table) {
        return new OnDuplicateKeyUpdate(set.bind(table));
    }

    /**
     * Returns the SET list in the table's column order.
     *
     * @return column names to expressions
     * @throws org.athanor.exc.CompileException if the clause has not been given to an INSERT
     */
    public Map<String, Expression<?>> setValues() {
        return set.values();
    }

    @Override
    public String description() {
        return "ON DUPLICATE KEY UPDATE";
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("ondupkey");
        set.appendKey(key);
    }
}
