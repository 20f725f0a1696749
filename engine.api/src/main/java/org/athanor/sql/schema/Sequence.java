package org.athanor.sql.schema;

import org.athanor.exc.ArgumentException;
import org.athanor.sql.NextValue;

/**
 * A database sequence (PostgreSQL, Oracle): {@code Sequence.of("order_seq")}. Given to a column with
 * {@code Column.sequence(...)}, it supplies the column's value on INSERT ({@code nextval('order_seq')},
 * {@code order_seq.nextval}) and is created and dropped with the table's metadata. On databases without
 * sequences it is ignored.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sequence {
    private final String name;
    private final String schema;
    private final Long start;
    private final Long increment;

    private Sequence(String name, String schema, Long start, Long increment) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentException("A sequence needs a name.");
        }
        this.name = name;
        this.schema = schema;
        this.start = start;
        this.increment = increment;
    }

    /**
     * Makes a sequence.
     *
     * @param name the name
     * @return the sequence
     */
    public static Sequence of(String name) {
        return new Sequence(name, null, null, null);
    }

    /**
     * Places it in a schema.
     *
     * @param schemaName the schema
     * @return a copy
     */
    public Sequence schema(String schemaName) {
        return new Sequence(name, schemaName, start, increment);
    }

    /**
     * Sets the first value.
     *
     * @param value the first value
     * @return a copy
     */
    public Sequence start(long value) {
        return new Sequence(name, schema, value, increment);
    }

    /**
     * Sets the step.
     *
     * @param value the step
     * @return a copy
     */
    public Sequence increment(long value) {
        return new Sequence(name, schema, start, value);
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the schema, or {@code null} */
    public String schema() {
        return schema;
    }

    /** @return START WITH, or {@code null} */
    public Long startValue() {
        return start;
    }

    /** @return INCREMENT BY, or {@code null} */
    public Long incrementValue() {
        return increment;
    }

    /** @return an expression of the sequence's next value */
    public NextValue nextValue() {
        return new NextValue(name, schema);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence s && s.name.equals(name) && java.util.Objects.equals(s.schema, schema);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, schema);
    }

    @Override
    public String toString() {
        return "Sequence(" + (schema == null ? "" : schema + ".") + name + ")";
    }
}
