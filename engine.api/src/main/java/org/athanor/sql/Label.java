package org.athanor.sql;

import java.util.Set;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;

/**
 * An expression with a name in a SELECT's column list: {@code expr AS name}. In ORDER BY and GROUP BY a label
 * is referred to by its name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java class of the values
 */
public final class Label<T> extends Expression<T> {
    private final Expression<T> element;
    private final String name;

    Label(Expression<T> element, String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A label needs a non-empty name.");
        }
        this.element = element instanceof Label<T> l ? l.element : element;
        this.name = name;
    }

    /** @return the labelled expression */
    public Expression<T> element() {
        return element;
    }

    /** @return the label */
    public String name() {
        return name;
    }

    @Override
    public SqlType<T> type() {
        return element.type();
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
        visitor.visitLabel(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.token("label").token(name).add(element);
    }

    @Override
    protected void collectFroms(Set<FromClause> out) {
        element.collectFroms(out);
    }
}
