package org.athanor.engine.impl.result;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Row;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.StatementException;

/**
 * A row of a result: a snapshot of its values with the result's shared {@link Columns}.
 *
 * <p>Immutable and thread-safe (the values array is never exposed).
 */
public final class RowImpl implements Row {
    private static final ClassValue<Method> NAME_METHOD = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            for (String name : new String[] {"label", "key", "name"}) {
                try {
                    Method m = type.getMethod(name);
                    if (m.getReturnType() == String.class && Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
                        return m;
                    }
                } catch (NoSuchMethodException e) {
                    // try the next name
                }
            }
            return null;
        }
    };

    private final Columns columns;
    private final Object[] values;

    /**
     * Creates a row.
     *
     * @param columns the result's columns
     * @param values the values, one per column; the row keeps the array, so do not change it afterwards
     */
    public RowImpl(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    @Override
    public Object get(int index) {
        return values[columns.checkIndex(index)];
    }

    @Override
    public Object get(String name) {
        return values[columns.indexOf(name)];
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return Conversions.convert(get(name), type);
    }

    @Override
    public <T> T get(int index, Class<T> type) {
        return Conversions.convert(get(index), type);
    }

    @Override
    public Object getByKey(Object key) {
        if (key instanceof Integer i) {
            return get(i.intValue());
        }
        if (key instanceof CharSequence s) {
            return get(s.toString());
        }
        if (key != null) {
            int i = columns.resultIndex(key);
            if (i >= 0) {
                return values[i];
            }
            Method m = NAME_METHOD.get(key.getClass());
            if (m != null) {
                try {
                    return get((String) m.invoke(key));
                } catch (ReflectiveOperationException e) {
                    throw new ArgumentException("Could not read the name of the column object " + key + ": " + e, e);
                }
            }
        }
        throw new ArgumentException("Row.getByKey takes an Integer position, a String name or a column object,"
                + " not " + (key == null ? "null" : key.getClass().getName() + " '" + key + "'") + ".");
    }

    @Override
    public boolean has(String name) {
        return name != null && columns.find(name) >= 0;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public List<String> keys() {
        return columns.keys();
    }

    @Override
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> keys = columns.keys();
        for (int i = 0; i < values.length; i++) {
            m.putIfAbsent(keys.get(i), values[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowImpl r && r.columns.keys().equals(columns.keys()) && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return StatementException.renderParameters(Arrays.asList(values));
    }
}
