package org.athanor.sql;

import java.util.Objects;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.types.SqlType;

/**
 * A value sent separately from the SQL text, rendered as a JDBC {@code ?} placeholder. A parameter is
 * <em>named</em> ({@code SQL.bindparam("user_id")}: its value can come from the parameters of
 * {@code connection.execute(statement, parameters)}) or <em>anonymous</em> (made from a plain value in an
 * expression, such as the 5 in {@code id.eq(5)}: the compiler names it after its stem, {@code id_1}).
 *
 * <p>Immutable and thread-safe (the value it holds should be immutable too).
 *
 * @param <T> the Java class of the value
 */
public final class BindParameter<T> extends Expression<T> {
    private final String key;
    private final String stem;
    private final Object value;
    private final boolean hasValue;
    private final SqlType<T> type;

    private BindParameter(String key, String stem, Object value, boolean hasValue, SqlType<T> type) {
        this.key = key;
        this.stem = stem == null ? "param" : stem;
        this.value = value;
        this.hasValue = hasValue;
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Makes a named parameter without a value: one must be given at execution.
     *
     * @param name the name
     * @param type the type
     * @param <T> the Java class of the value
     * @return the parameter
     */
    public static <T> BindParameter<T> named(String name, SqlType<T> type) {
        return new BindParameter<>(checkName(name), name, null, false, type);
    }

    /**
     * Makes a named parameter with a value, which execution parameters of the same name replace.
     *
     * @param name the name
     * @param value the value
     * @param type the type
     * @param <T> the Java class of the value
     * @return the parameter
     */
    public static <T> BindParameter<T> named(String name, Object value, SqlType<T> type) {
        return new BindParameter<>(checkName(name), name, value, true, type);
    }

    /**
     * Makes an anonymous parameter holding a value.
     *
     * @param stem the stem of its compiled name (usually the column it is compared with)
     * @param value the value
     * @param type the type
     * @param <T> the Java class of the value
     * @return the parameter
     */
    public static <T> BindParameter<T> anonymous(String stem, Object value, SqlType<T> type) {
        return new BindParameter<>(null, stem, value, true, type);
    }

    private static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A bind parameter needs a non-empty name.");
        }
        return name;
    }

    /**
     * Returns a copy holding another value.
     *
     * @param newValue the value
     * @return the copy
     */
    public BindParameter<T> withValue(Object newValue) {
        return new BindParameter<>(key, stem, newValue, true, type);
    }

    /** @return the name given by the user, or {@code null} for an anonymous parameter */
    public String key() {
        return key;
    }

    /** @return the stem the compiler names an anonymous parameter after */
    public String baseName() {
        return stem;
    }

    /** @return whether the parameter holds a value (otherwise one must be given at execution) */
    public boolean hasValue() {
        return hasValue;
    }

    /** @return the value, or {@code null} */
    public Object value() {
        return value;
    }

    @Override
    public SqlType<T> type() {
        return type;
    }

    @Override
    public String anonymousStem() {
        return stem;
    }

    @Override
    public void accept(SqlVisitor visitor) {
        visitor.visitBind(this);
    }

    @Override
    protected void appendKey(CacheKey.Builder key) {
        key.bind(this);
    }
}
