package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.athanor.engine.Connectable;
import org.athanor.exc.ArgumentException;

/**
 * A table by name with its columns, the target of INSERT, UPDATE and DELETE. {@code SQL.table("t",
 * SQL.column("a"))} makes a lightweight one for ad-hoc statements; {@link org.athanor.sql.schema.Table}
 * adds keys, constraints, defaults and DDL.
 *
 * <p>Immutable and thread-safe.
 */
public class TableClause extends FromClause {
    private final String name;
    private final String schema;
    private final List<ColumnClause<?>> columns;

    /**
     * Creates a table, binding copies of the column definitions to it.
     *
     * @param name the table name
     * @param schema the schema, or {@code null} for the default one
     * @param columnDefinitions the columns
     */
    protected TableClause(String name, String schema, List<? extends ColumnClause<?>> columnDefinitions) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A table needs a non-empty name.");
        }
        this.name = name;
        this.schema = schema;
        List<ColumnClause<?>> bound = new ArrayList<>(columnDefinitions.size());
        for (ColumnClause<?> def : columnDefinitions) {
            if (lookupExact(bound, def.name())) {
                throw new ArgumentException("Table '" + name + "' has two columns named '" + def.name() + "'.");
            }
            bound.add(def.bindTo(this));
        }
        this.columns = Collections.unmodifiableList(bound);
    }

    private static boolean lookupExact(List<ColumnClause<?>> cols, String n) {
        for (ColumnClause<?> c : cols) {
            if (c.name().equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** @return the table name */
    public String name() {
        return name;
    }

    /** @return the schema, or {@code null} for the default one */
    public String schema() {
        return schema;
    }

    /** @return {@code schema.name}, or the name */
    public String fullName() {
        return schema == null ? name : schema + "." + name;
    }

    @Override
    public List<ColumnClause<?>> columns() {
        return columns;
    }

    @Override
    public String description() {
        return "table '" + fullName() + "'";
    }

    /**
     * Returns the primary key columns.
     *
     * @return the columns (none for a lightweight table)
     */
    public List<? extends ColumnClause<?>> primaryKeyColumns() {
        return List.of();
    }

    /**
     * Returns the engine or connection that statements on this table execute on implicitly, through bound
     * metadata (discouraged; see {@link Statement#execute()}).
     *
     * @return the bound connectable, or {@code null}
     */
    public Connectable bind() {
        return null;
    }

    /** @return a new INSERT into this table */
    public Insert insert() {
        return new Insert(this);
    }

    /** @return a new UPDATE of this table (of every row until a WHERE is added) */
    public Update update() {
        return new Update(this);
    }

    /**
     * Returns a new UPDATE of the rows matching a condition (seed 001's {@code users.update(users.c.user_id==5)}).
     *
     * @param where the condition
     * @return the UPDATE
     */
    public Update update(Expression<?> where) {
        return new Update(this).where(where);
    }

    /** @return a new DELETE from this table (of every row until a WHERE is added) */
    public Delete delete() {
        return new Delete(this);
    }

    /**
     * Returns a new DELETE of the rows matching a condition.
     *
     * @param where the condition
     * @return the DELETE
     */
    public Delete delete(Expression<?> where) {
        return new Delete(this).where(where);
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitTable(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        appendReferenceKey(key);
    }

    @Override
    protected void appendReferenceKey(CacheKey.Builder key) {
        key.token("table").token(schema).token(name).token(columns.size());
        for (ColumnClause<?> c : columns) {
            key.token(c.name()).token(c.type());
        }
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        out.add(this);
    }
}
