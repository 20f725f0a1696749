package org.athanor.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.athanor.sql.compiler.GenericDialect;

/**
 * The root of the SQL expression language: anything a statement compiler can render — expressions,
 * FROM-clause elements, ORDER BY items and whole statements.
 *
 * <p>Elements are immutable and thread-safe: methods that change something return a new element, and one
 * element may appear in many statements at once.
 */
public abstract class ClauseElement {

    /** Creates an element. */
    protected ClauseElement() {
    }

    /**
     * Dispatches to the visitor method for this element's class (double dispatch; the compiler kit's
     * {@link org.athanor.sql.compiler.StatementCompiler} is the visitor).
     *
     * @param visitor the visitor
     */
    public abstract void accept(SqlVisitor visitor);

    /**
     * Appends this element's shape to a cache key: its class, structure and every part that changes the
     * SQL text, but not the values of bind parameters, which are collected separately.
     *
     * @param key the key being built
     */
    protected abstract void appendKey(CacheKey.Builder key);

    /**
     * Adds the FROM-clause elements this element refers to directly (a column's table), which a SELECT
     * adds to its FROM list. Subqueries nested in expressions contribute nothing: they have their own FROM.
     *
     * @param out where to add them
     */
    protected void collectFroms(Set<FromClause> out) {
    }

    /**
     * Returns the FROM-clause elements this element refers to, in order of first reference.
     *
     * @return the elements
     */
    public final List<FromClause> referencedFroms() {
        Set<FromClause> out = new LinkedHashSet<>();
        collectFroms(out);
        return new ArrayList<>(out);
    }

    /**
     * Adds another element's FROM references (for subclasses in other packages).
     *
     * @param element the element, may be {@code null}
     * @param out where to add them
     */
    protected static void collectFromsOf(ClauseElement element, Set<FromClause> out) {
        if (element != null) {
            element.collectFroms(out);
        }
    }

    /**
     * Renders this element with the generic (ANSI) compiler, for reading and debugging; bind parameters
     * show as {@code ?}. Use {@code compile(dialect)} on a statement for the SQL a database receives.
     *
     * @return the SQL text
     */
    @Override
    public String toString() {
        return GenericDialect.INSTANCE.statementCompiler().render(this);
    }
}
