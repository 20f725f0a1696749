package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.athanor.exc.ArgumentException;

/**
 * A SELECT used as a FROM element under a name: {@code (SELECT ...) AS s}. Its columns are the SELECT's
 * result columns, named as the SELECT names them.
 *
 * <p>Immutable and thread-safe.
 */
public final class Subquery extends FromClause {
    private final SelectBase select;
    private final String name;
    private final List<ColumnClause<?>> columns;

    Subquery(SelectBase select, String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A subquery in a FROM clause needs a name.");
        }
        this.select = select;
        this.name = name;
        List<ColumnClause<?>> cols = new ArrayList<>();
        List<Expression<?>> exprs = select.selectedColumns();
        List<String> names = select.columnNames();
        for (int i = 0; i < exprs.size(); i++) {
            cols.add(proxy(exprs.get(i), names.get(i)));
        }
        this.columns = Collections.unmodifiableList(cols);
    }

    private <T> ColumnClause<T> proxy(Expression<T> e, String n) {
        if (e instanceof ColumnClause<T> c) {
            return c.proxyFor(this, n);
        }
        return new ColumnClause<>(n, e.type(), this, null);
    }

    /** @return the SELECT */
    public SelectBase selectStatement() {
        return select;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    @Override
    public List<ColumnClause<?>> columns() {
        return columns;
    }

    @Override
    public String description() {
        return "subquery '" + name + "'";
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitSubquery(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("subquery").token(name).add(select);
    }

    @Override
    protected void appendReferenceKey(CacheKey.Builder key) {
        key.token("subqueryref").token(name);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        out.add(this);
    }
}
