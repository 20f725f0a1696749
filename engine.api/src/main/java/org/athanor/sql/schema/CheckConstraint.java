package org.athanor.sql.schema;

import java.util.List;
import org.athanor.sql.Expression;
import org.athanor.sql.SQL;

/**
 * A CHECK constraint: a condition every row must satisfy, given as an expression (rendered with its values
 * as literals) or as SQL text (trusted, rendered as given).
 *
 * <p>Immutable and thread-safe.
 */
public final class CheckConstraint extends Constraint {
    private final Expression<?> condition;

    private CheckConstraint(String name, Expression<?> condition) {
        super(name);
        this.condition = condition;
    }

    /**
     * Makes a check constraint from an expression, such as {@code price.gt(BigDecimal.ZERO)}; the columns
     * should be those of the table (created before the table is).
     *
     * @param name the constraint name, or {@code null}
     * @param condition the condition
     * @return the constraint
     */
    public static CheckConstraint of(String name, Expression<?> condition) {
        return new CheckConstraint(name, condition);
    }

    /**
     * Makes a check constraint from SQL text, rendered as given (never build it from user input).
     *
     * @param name the constraint name, or {@code null}
     * @param sqlText the condition
     * @return the constraint
     */
    public static CheckConstraint of(String name, String sqlText) {
        return new CheckConstraint(name, SQL.literalColumn(sqlText));
    }

    /** @return the condition */
    public Expression<?> condition() {
        return condition;
    }

    @Override
    public List<String> columnNames() {
        return List.of();
    }
}
