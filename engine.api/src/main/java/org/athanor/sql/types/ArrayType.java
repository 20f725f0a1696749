package org.athanor.sql.types;

import java.lang.reflect.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.engine.ValueProcessor;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.ConversionException;

/**
 * A one-dimensional ARRAY of a scalar type ({@code INTEGER[]}, {@code TEXT[]}), carried as a
 * {@code java.util.List} of the element type's Java class; on databases that have arrays
 * ({@code Capabilities.Feature.ARRAYS}: PostgreSQL). Values to bind may be a {@code List} (or any
 * {@code Collection}) or a Java array, primitive arrays included; each element is converted as its element
 * type converts values, and results come back as unmodifiable lists (which may hold nulls).
 *
 * <pre>{@code
 * Column.of("tags", SqlTypes.array(SqlTypes.TEXT));
 * conn.execute(posts.insert().values(Map.of("id", 1, "tags", List.of("java", "sql"))));
 * conn.execute(select(posts.c("id")).where(ArrayComparisons.any(posts.c("tags"), "sql")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <E> the Java class of the elements
 */
public final class ArrayType<E> extends SqlType<List<E>> {
    private final SqlType<E> elementType;

    ArrayType(SqlType<E> elementType) {
        if (elementType == null) {
            throw new ArgumentException("An ARRAY type needs an element type, such as SqlTypes.INTEGER.");
        }
        if (elementType instanceof ArrayType<?>) {
            throw new ArgumentException("Athanor's ARRAY type has one dimension; an array of " + elementType
                    + " is not supported.");
        }
        this.elementType = elementType;
    }

    /** @return the type of the elements */
    public SqlType<E> elementType() {
        return elementType;
    }

    @Override
    public TypeKind kind() {
        return TypeKind.ARRAY;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<List<E>> javaType() {
        return (Class) List.class;
    }

    /** Turns a collection or Java array into a list of elements converted for the driver. */
    @Override
    public ValueProcessor bindProcessor(Dialect dialect) {
        ValueProcessor element = dialect.typeCompiler().bindProcessor(elementType);
        return value -> value == null ? null : elements(value, element);
    }

    /** Turns the driver's array (a {@code java.sql.Array}, a Java array or a list) into a list. */
    @Override
    public ValueProcessor resultProcessor(Dialect dialect) {
        ValueProcessor element = dialect.typeCompiler().resultProcessor(elementType);
        return value -> value == null ? null : elements(value, element);
    }

    private static List<Object> elements(Object value, ValueProcessor element) {
        Object v = value;
        if (v instanceof java.sql.Array a) {
            try {
                v = a.getArray();
            } catch (SQLException e) {
                throw new ConversionException("Cannot read an ARRAY value from the driver: " + e.getMessage(), e);
            }
        }
        List<Object> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            for (Object e : c) {
                out.add(e == null || element == null ? e : element.process(e));
            }
        } else if (v.getClass().isArray() && !(v instanceof byte[])) {
            int n = Array.getLength(v);
            for (int i = 0; i < n; i++) {
                Object e = Array.get(v, i);
                out.add(e == null || element == null ? e : element.process(e));
            }
        } else {
            throw new ConversionException("An ARRAY value must be a List, a Collection or a Java array, not "
                    + v.getClass().getName() + ".");
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    protected Object[] parameters() {
        return new Object[] {elementType};
    }

    @Override
    public String toString() {
        return elementType + "[]";
    }
}
