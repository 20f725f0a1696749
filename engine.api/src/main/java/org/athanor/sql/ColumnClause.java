package org.athanor.sql;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;

/**
 * A named column of a FROM element — a table's, an alias's or a subquery's — or, without one, a bare
 * column name ({@code SQL.column("x")}). Rendered qualified by its FROM element ({@code users.name},
 * {@code u.name}) and quoted when the name needs it.
 *
 * <p>A column of an alias or subquery is a proxy: {@link #origin()} is the column it stands for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the values
 */
public class ColumnClause<T> extends Expression<T> {
    private final String name;
    private final SqlType<T> type;
    private final FromClause table;
    private final ColumnClause<?> origin;

    /**
     * Creates a column.
     *
     * @param name the name
     * @param type the type
     * @param table the FROM element it belongs to, or {@code null}
     * @param origin the column this one stands for, or {@code null} if it is an original
     */
    protected ColumnClause(String name, SqlType<T> type, FromClause table, ColumnClause<?> origin) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A column needs a non-empty name.");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        this.table = table;
        this.origin = origin;
    }

    /** @return the column name */
    public String name() {
        return name;
    }

    /** @return the FROM element the column belongs to, or {@code null} */
    public FromClause table() {
        return table;
    }

    /** @return the original column this one stands for (itself if it is an original) */
    public ColumnClause<?> origin() {
        return origin == null ? this : origin;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    /**
     * Returns a copy of this column definition that belongs to a table. Called once per column when a
     * table is built; subclasses return their own class.
     *
     * @param owner the table
     * @return the bound column
     */
    protected ColumnClause<T> bindTo(TableClause owner) {
        return new ColumnClause<>(name, type, owner, null);
    }

    /**
     * Returns a proxy of this column for an alias or subquery.
     *
     * @param owner the alias or subquery
     * @param proxyName the name in the owner
     * @return the proxy
     */
    ColumnClause<T> proxyFor(FromClause owner, String proxyName) {
        return new ColumnClause<>(proxyName, type, owner, origin());
    }

    /**
     * Returns the columns this column references through foreign keys (resolved), for joins whose ON
     * clause is inferred.
     *
     * @return the referenced columns (none for a plain column)
     */
    public List<ColumnClause<?>> referencedColumns() {
        return List.of();
    }

    @Override
    public String naturalName() {
        return name;
    }

    @Override
    public String anonymousStem() {
        return name;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitColumn(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("col").token(name).token(type);
        if (table == null) {
            key.token(null);
        } else {
            table.appendReferenceKey(key);
        }
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        if (table != null) {
            out.add(table);
        }
    }
}
