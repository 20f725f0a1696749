package org.athanor.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.engine.StatementKind;

/**
 * A hand-made compiled INSERT with named parameters, standing in for the SQL expression language's.
 *
 * @param sql the SQL with {@code ?} placeholders
 * @param parameterNames the parameter names in placeholder order
 * @param primaryKeyColumns the primary key columns to report
 */
record InsertStatement(String sql, List<String> parameterNames, List<String> primaryKeyColumns) implements Compiled {

    @Override
    public StatementKind kind() {
        return StatementKind.INSERT;
    }

    @Override
    public boolean returnsRows() {
        return false;
    }

    @Override
    public List<Object> bind(Map<String, ?> parameters) {
        List<Object> out = new ArrayList<>();
        for (String n : parameterNames) {
            out.add(parameters.get(n));
        }
        return out;
    }
}
