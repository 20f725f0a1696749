package org.athanor.testing.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.StatementKind;
import org.athanor.exc.ArgumentException;

/**
 * A minimal statement object for the suite: SQL text with {@code :name} parameters, a statement kind and
 * the primary key columns whose inserted values the engine should report. It lets the suite drive the
 * engine's statement-object path (inserted primary key, statement execution options) through the
 * {@link Executable} / {@link Compiled} contract alone, without the SQL expression language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the SQL with {@code :name} parameters (no quoting rules: the suite's statements need none)
 * @param kind the kind
 * @param primaryKey the primary key columns to report for an INSERT
 * @param options the statement's execution options
 */
public record SuiteStatement(String text, StatementKind kind, List<String> primaryKey, ExecutionOptions options)
        implements Executable {

    private static final Pattern NAME = Pattern.compile(":(\\w+)");

    /** Copies the key. */
    public SuiteStatement {
        primaryKey = List.copyOf(primaryKey);
    }

    /**
     * Makes an INSERT that reports its primary key.
     *
     * @param text the SQL
     * @param primaryKey the key columns
     * @return the statement
     */
    public static SuiteStatement insert(String text, String... primaryKey) {
        return new SuiteStatement(text, StatementKind.INSERT, List.of(primaryKey), ExecutionOptions.none());
    }

    /**
     * Makes a statement of a kind.
     *
     * @param text the SQL
     * @param kind the kind
     * @return the statement
     */
    public static SuiteStatement of(String text, StatementKind kind) {
        return new SuiteStatement(text, kind, List.of(), ExecutionOptions.none());
    }

    @Override
    public ExecutionOptions executionOptions() {
        return options;
    }

    @Override
    public Executable executionOptions(ExecutionOptions more) {
        return new SuiteStatement(text, kind, primaryKey, options.merge(more));
    }

    @Override
    public Compiled compile(Dialect dialect) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(sql, "?");
        }
        m.appendTail(sql);
        return new SuiteCompiled(sql.toString(), kind, List.copyOf(names), primaryKey);
    }

    /** The compiled form: positional SQL and parameter order. */
    private record SuiteCompiled(String sql, StatementKind kind, List<String> parameterNames,
            List<String> primaryKeyColumns) implements Compiled {

        @Override
        public boolean returnsRows() {
            return kind == StatementKind.SELECT;
        }

        @Override
        public List<Object> bind(Map<String, ?> parameters) {
            List<Object> values = new ArrayList<>(parameterNames.size());
            for (String n : parameterNames) {
                if (!parameters.containsKey(n)) {
                    throw new ArgumentException("No value for parameter '" + n + "' of " + sql);
                }
                values.add(parameters.get(n));
            }
            return values;
        }
    }
}
