package org.athanor.sql;

import java.util.Collection;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.ArrayType;
import org.athanor.sql.types.SqlType;
import org.athanor.sql.types.SqlTypes;
import org.athanor.sql.types.TypeKind;

/**
 * Comparisons of ARRAY values ({@link ArrayType}), for databases that have arrays (PostgreSQL): membership
 * ({@code x = ANY (tags)}), containment ({@code tags @> ...}, {@code tags <@ ...}) and overlap
 * ({@code tags && ...}). Values become bind parameters typed by the array column; a dialect without arrays
 * refuses them with an {@link org.athanor.exc.UnsupportedCompilationException}.
 *
 * <pre>{@code
 * select(posts.c("id")).where(ArrayComparisons.any(posts.c("tags"), "sql"));
 * select(posts.c("id")).where(ArrayComparisons.contains(posts.c("tags"), List.of("java", "sql")));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArrayComparisons {

    private ArrayComparisons() {
    }

    /**
     * Tests whether a value equals any element of an array: {@code value = ANY (array)}.
     *
     * @param array the array expression, such as an ARRAY column
     * @param value the value, or an expression
     * @return the condition
     */
    public static Expression<Boolean> any(Expression<?> array, Object value) {
        Expression<?> left = value instanceof Expression<?> e ? e
                : BindParameter.anonymous(array.anonymousStem(), value, elementType(array, value));
        return new BinaryExpression<>(left, Operator.ARRAY_ANY, array, SqlTypes.BOOLEAN);
    }

    /**
     * Tests whether an array contains every one of some elements: {@code array @> elements}.
     *
     * @param array the array expression
     * @param elements a {@code Collection}, a Java array, or an array expression
     * @return the condition
     */
    public static Expression<Boolean> contains(Expression<?> array, Object elements) {
        return compare(array, Operator.ARRAY_CONTAINS, elements);
    }

    /**
     * Tests whether every element of an array is one of some elements: {@code array <@ elements}.
     *
     * @param array the array expression
     * @param elements a {@code Collection}, a Java array, or an array expression
     * @return the condition
     */
    public static Expression<Boolean> containedBy(Expression<?> array, Object elements) {
        return compare(array, Operator.ARRAY_CONTAINED_BY, elements);
    }

    /**
     * Tests whether an array has an element in common with some elements: {@code array && elements}.
     *
     * @param array the array expression
     * @param elements a {@code Collection}, a Java array, or an array expression
     * @return the condition
     */
    public static Expression<Boolean> overlaps(Expression<?> array, Object elements) {
        return compare(array, Operator.ARRAY_OVERLAP, elements);
    }

    private static Expression<Boolean> compare(Expression<?> array, Operator op, Object elements) {
        Expression<?> right;
        if (elements instanceof Expression<?> e) {
            right = e;
        } else if (elements instanceof Collection<?> || elements != null && elements.getClass().isArray()) {
            SqlType<?> t = array.type().kind() == TypeKind.ARRAY ? array.type() : SqlTypes.NULL;
            right = BindParameter.anonymous(array.anonymousStem(), elements, t);
        } else {
            throw new ArgumentException("An array comparison takes a Collection, a Java array or an expression,"
                    + " not " + (elements == null ? "null" : elements.getClass().getName()) + ".");
        }
        return new BinaryExpression<>(array, op, right, SqlTypes.BOOLEAN);
    }

    private static SqlType<?> elementType(Expression<?> array, Object value) {
        if (array.type() instanceof ArrayType<?> a) {
            return a.elementType();
        }
        return SqlTypes.forValue(value);
    }
}
