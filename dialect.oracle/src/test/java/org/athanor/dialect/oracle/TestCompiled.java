package org.athanor.dialect.oracle;

import java.util.List;
import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;

/** A compiled statement for driving the dialect without the SQL layer. */
record TestCompiled(String sql, StatementKind kind, boolean returnsRows, List<String> primaryKeyColumns)
        implements Compiled {

    static TestCompiled select(String sql) {
        return new TestCompiled(sql, StatementKind.SELECT, true, List.of());
    }

    static TestCompiled insert(String sql, String... primaryKey) {
        return new TestCompiled(sql, StatementKind.INSERT, false, List.of(primaryKey));
    }

    @Override
    public List<String> parameterNames() {
        return List.of();
    }

    @Override
    public List<Object> bind(Map<String, ?> parameters) {
        return List.of();
    }
}
