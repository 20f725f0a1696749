package org.athanor.engine.impl.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.engine.ValueProcessor;
import org.athanor.exc.ArgumentException;

/**
 * A stand-in for the SQL expression language's {@code text(...)} construct (being built elsewhere): an
 * {@link Executable} of SQL text with {@code ?} placeholders named in order, with optional statement kind,
 * primary key columns and result processors, so tests can drive the engine's Executable path.
 *
 * <p>Immutable and thread-safe.
 */
public final class TestText implements Executable {
    private final String sql;
    private final List<String> names;
    private final StatementKind kind;
    private final List<String> primaryKey;
    private final Map<String, ValueProcessor> processors;
    private final ExecutionOptions options;
    private final Map<Object, Integer> resultKeys;

    private TestText(String sql, List<String> names, StatementKind kind, List<String> primaryKey,
            Map<String, ValueProcessor> processors, ExecutionOptions options) {
        this(sql, names, kind, primaryKey, processors, options, Map.of());
    }

    private TestText(String sql, List<String> names, StatementKind kind, List<String> primaryKey,
            Map<String, ValueProcessor> processors, ExecutionOptions options, Map<Object, Integer> resultKeys) {
        this.resultKeys = resultKeys;
        this.sql = sql;
        this.names = names;
        this.kind = kind;
        this.primaryKey = primaryKey;
        this.processors = processors;
        this.options = options;
    }

    /**
     * Makes a statement.
     *
     * @param sql SQL with {@code ?} placeholders
     * @param kind its kind
     * @param names the parameter name of each placeholder
     * @return the statement
     */
    public static TestText of(String sql, StatementKind kind, String... names) {
        return new TestText(sql, List.of(names), kind, List.of(), Map.of(), ExecutionOptions.none());
    }

    /**
     * Returns a copy that reports these primary key columns for an INSERT.
     *
     * @param columns the columns
     * @return the copy
     */
    public TestText primaryKey(String... columns) {
        return new TestText(sql, names, kind, List.of(columns), processors, options, resultKeys);
    }

    /**
     * Returns a copy with a result processor for a column label.
     *
     * @param label the label
     * @param p the processor
     * @return the copy
     */
    public TestText processor(String label, ValueProcessor p) {
        Map<String, ValueProcessor> m = new java.util.HashMap<>(processors);
        m.put(label, p);
        return new TestText(sql, names, kind, primaryKey, Map.copyOf(m), options, resultKeys);
    }

    /**
     * Returns a copy whose compiled form resolves a column object to a result position, as the expression
     * language's compiled statements do.
     *
     * @param key the column object
     * @param index the zero-based result position
     * @return the copy
     */
    public TestText resultKey(Object key, int index) {
        Map<Object, Integer> m = new java.util.HashMap<>(resultKeys);
        m.put(key, index);
        return new TestText(sql, names, kind, primaryKey, processors, options, Map.copyOf(m));
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    @Override
    public TestText executionOptions(ExecutionOptions more) {
        return new TestText(sql, names, kind, primaryKey, processors, options.merge(more), resultKeys);
    }

    @Override
    public Compiled compile(Dialect dialect) {
        return new Compiled() {
            @Override
            public String sql() {
                return sql;
            }

            @Override
            public StatementKind kind() {
                return kind;
            }

            @Override
            public boolean returnsRows() {
                return kind == StatementKind.SELECT;
            }

            @Override
            public List<String> parameterNames() {
                return names;
            }

            @Override
            public List<Object> bind(Map<String, ?> parameters) {
                List<Object> out = new ArrayList<>();
                for (String n : names) {
                    if (!parameters.containsKey(n)) {
                        throw new ArgumentException("missing " + n);
                    }
                    out.add(parameters.get(n));
                }
                return out;
            }

            @Override
            public List<String> primaryKeyColumns() {
                return primaryKey;
            }

            @Override
            public ValueProcessor resultProcessor(int index, String label) {
                return processors.get(label);
            }

            @Override
            public int resultIndex(Object key) {
                return resultKeys.getOrDefault(key, -1);
            }
        };
    }
}
