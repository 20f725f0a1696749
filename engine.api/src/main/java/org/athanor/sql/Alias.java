package org.athanor.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.athanor.exc.ArgumentException;

/**
 * A FROM element under another name: {@code users AS u} ({@code users u} on Oracle). Its columns are
 * proxies of the original's, qualified by the alias; a table can appear several times in one statement
 * through different aliases.
 *
 * <p>Immutable and thread-safe.
 */
public final class Alias extends FromClause {
    private final FromClause original;
    private final String name;
    private final List<ColumnClause<?>> columns;

    Alias(FromClause original, String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("An alias needs a non-empty name.");
        }
        if (original instanceof Join) {
            throw new ArgumentException("A join cannot be aliased; select from it and alias the subquery.");
        }
        this.original = original instanceof Alias a ? a.original : original;
        this.name = name;
        List<ColumnClause<?>> cols = new ArrayList<>();
        for (ColumnClause<?> c : this.original.columns()) {
            cols.add(c.proxyFor(this, c.name()));
        }
        this.columns = Collections.unmodifiableList(cols);
    }

    /** @return the aliased element */
    public FromClause original() {
        return original;
    }

    /** @return the alias */
    public String name() {
        return name;
    }

    @Override
    public List<ColumnClause<?>> columns() {
        return columns;
    }

    @Override
    public String description() {
        return "alias '" + name + "' of " + original.description();
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitAlias(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("alias").token(name).add(original);
    }

    @Override
    protected void appendReferenceKey(CacheKey.Builder key) {
        key.token("aliasref").token(name);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        out.add(this);
    }
}
