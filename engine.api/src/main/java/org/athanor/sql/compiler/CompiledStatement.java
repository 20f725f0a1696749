package org.athanor.sql.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;
import org.athanor.engine.ValueProcessor;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.Expression;

/**
 * A {@link CompiledTemplate} with one statement's bind values: what {@code Statement.compile(dialect)}
 * returns.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledStatement implements Compiled {
    private final CompiledTemplate template;
    private final Object[] values;
    private final boolean[] present;

    CompiledStatement(CompiledTemplate template, Object[] values, boolean[] present) {
        this.template = template;
        this.values = values;
        this.present = present;
    }

    @Override
    public String sql() {
        return template.sql();
    }

    @Override
    public StatementKind kind() {
        return template.kind();
    }

    @Override
    public boolean returnsRows() {
        return template.returnsRows();
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(template.slots().size());
        for (BindSlot s : template.slots()) {
            names.add(s.name());
        }
        return names;
    }

    @Override
    public List<Object> bind(Map<String, ?> parameters) {
        Map<String, ?> params = parameters == null ? Map.of() : parameters;
        List<Object> out = new ArrayList<>(template.slots().size());
        for (BindSlot s : template.slots()) {
            Object v;
            if (s.source() != BindSlot.Source.OUT && params.containsKey(s.name())) {
                v = params.get(s.name());
            } else {
                v = switch (s.source()) {
                    case STATEMENT -> {
                        if (!present[s.bindIndex()]) {
                            throw missing(s.name());
                        }
                        yield values[s.bindIndex()];
                    }
                    case DEFAULT -> s.defaultValue().get();
                    case OUT -> s.defaultValue().get();
                    case PARAMETER -> throw missing(s.name());
                };
            }
            ValueProcessor p = s.processor();
            out.add(p == null || v == null || s.source() == BindSlot.Source.OUT ? v : p.process(v));
        }
        return out;
    }

    private ArgumentException missing(String name) {
        return new ArgumentException("A value is required for bind parameter '" + name + "'; pass it in the"
                + " execution parameters. The statement's parameters are " + parameterNames() + ".");
    }

    @Override
    public List<String> primaryKeyColumns() {
        return template.primaryKeyColumns();
    }

    @Override
    public ValueProcessor resultProcessor(int index, String label) {
        List<ResultColumn> cols = template.resultColumns();
        return index >= 0 && index < cols.size() ? cols.get(index).processor() : null;
    }

    @Override
    public int resultIndex(Object key) {
        Integer i = template.keyIndex().get(key);
        if (i != null) {
            return i;
        }
        if (key instanceof Expression<?> e && e.naturalName() != null) {
            List<ResultColumn> cols = template.resultColumns();
            String name = e.naturalName();
            int found = -1;
            for (int j = 0; j < cols.size(); j++) {
                if (cols.get(j).name().equals(name)) {
                    return j;
                }
                if (cols.get(j).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    found = found == -1 ? j : -2;
                }
            }
            return found >= 0 ? found : -1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return template.sql();
    }
}
