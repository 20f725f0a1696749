package org.athanor.sql.compiler;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.athanor.sql.BindParameter;

/**
 * The value-free compiled form of a statement shape, as cached: SQL text, bind slots, result columns and
 * what the engine needs to know. {@link #instantiate} pairs it with one statement's bind values.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledTemplate {
    private final String sql;
    private final StatementKind kind;
    private final boolean returnsRows;
    private final List<BindSlot> slots;
    private final List<String> primaryKeyColumns;
    private final List<ResultColumn> resultColumns;
    private final Map<Object, Integer> keyIndex;
    /** The instance for statements whose binds carry no values (a memo; racy publication of an immutable). */
    private volatile CompiledStatement unvalued;

    /**
     * Creates a template.
     *
     * @param sql the SQL text with {@code ?} placeholders
     * @param kind the statement kind
     * @param returnsRows whether it returns rows
     * @param slots one slot per placeholder, in order
     * @param primaryKeyColumns the primary key columns to fetch after an INSERT
     * @param resultColumns the result columns
     * @param keyIndex result column index by the expression objects that stand for it (identity)
     */
    public CompiledTemplate(String sql, StatementKind kind, boolean returnsRows, List<BindSlot> slots,
            List<String> primaryKeyColumns, List<ResultColumn> resultColumns, Map<Object, Integer> keyIndex) {
        this.sql = sql;
        this.kind = kind;
        this.returnsRows = returnsRows;
        this.slots = List.copyOf(slots);
        this.primaryKeyColumns = List.copyOf(primaryKeyColumns);
        this.resultColumns = List.copyOf(resultColumns);
        IdentityHashMap<Object, Integer> copy = new IdentityHashMap<>(keyIndex);
        this.keyIndex = Collections.unmodifiableMap(copy);
    }

    /**
     * Pairs this template with a statement's bind parameters (from its cache key, in key order).
     *
     * @param binds the statement's bind parameters
     * @return the compiled statement
     */
    public Compiled instantiate(List<BindParameter<?>> binds) {
        boolean anyValue = false;
        for (int i = 0, n = binds.size(); i < n && !anyValue; i++) {
            anyValue = binds.get(i).hasValue();
        }
        if (!anyValue) {
            // every value comes from the execution's parameters: one instance serves every execution, so the
            // engine sees the same compiled statement each time (and reuses the result shape it cached for it)
            CompiledStatement c = unvalued;
            if (c == null) {
                c = new CompiledStatement(this, new Object[binds.size()], new boolean[binds.size()]);
                unvalued = c;
            }
            return c;
        }
        Object[] values = new Object[binds.size()];
        boolean[] present = new boolean[binds.size()];
        for (int i = 0; i < values.length; i++) {
            BindParameter<?> b = binds.get(i);
            values[i] = b.value();
            present[i] = b.hasValue();
        }
        return new CompiledStatement(this, values, present);
    }

    /** @return the SQL text */
    public String sql() {
        return sql;
    }

    /** @return the statement kind */
    public StatementKind kind() {
        return kind;
    }

    /** @return whether the statement returns rows */
    public boolean returnsRows() {
        return returnsRows;
    }

    /** @return the bind slots in placeholder order */
    public List<BindSlot> slots() {
        return slots;
    }

    /** @return the primary key columns to fetch after an INSERT */
    public List<String> primaryKeyColumns() {
        return primaryKeyColumns;
    }

    /** @return the result columns */
    public List<ResultColumn> resultColumns() {
        return resultColumns;
    }

    Map<Object, Integer> keyIndex() {
        return keyIndex;
    }

    @Override
    public String toString() {
        return sql;
    }
}
