package org.athanor.engine.impl.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.athanor.dialect.Dialect;
import org.athanor.engine.Compiled;
import org.athanor.engine.Connection;
import org.athanor.engine.Executable;
import org.athanor.engine.ExecutionOptions;
import org.athanor.engine.Row;
import org.athanor.engine.StatementKind;
import org.athanor.engine.ValueProcessor;
import org.athanor.engine.impl.testing.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * The result shapes cache: a statement run again reuses its column index, and the driver's labels still
 * decide, so a {@code SELECT *} after the table changed sees the new columns.
 */
class Result_ShapeCacheTest extends EngineFixture {
    @Override
    protected String[] schema() {
        return new String[] {"create table t (a integer, b varchar(10))", "insert into t values (1, 'x')"};
    }

    @Test
    void aStatementRunAgainReusesItsShape() {
        ResultShapes shapes = new ResultShapes(8);
        Compiled compiled = compiled("select a, b from t");
        ResultShapes.Shape first = shapes.shape(compiled, List.of("a", "b"));
        assertThat(shapes.shape(compiled, List.of(new String("a"), new String("b")))).isSameAs(first);
    }

    @Test
    void otherLabelsOrAnotherStatementWithTheSameTextMakeANewShape() {
        ResultShapes shapes = new ResultShapes(8);
        Compiled compiled = compiled("select * from t");
        ResultShapes.Shape first = shapes.shape(compiled, List.of("a", "b"));
        ResultShapes.Shape renamed = shapes.shape(compiled, List.of("a", "c"));
        assertThat(renamed).isNotSameAs(first);
        assertThat(renamed.columns.keys()).containsExactly("a", "c");
        ResultShapes.Shape wider = shapes.shape(compiled, List.of("a", "c", "d"));
        assertThat(wider.columns.keys()).containsExactly("a", "c", "d");
        Compiled sameText = compiled("select * from t");
        assertThat(shapes.shape(sameText, List.of("a", "c", "d"))).isNotSameAs(wider);
    }

    @Test
    void processorsComeFromTheCompiledStatementOfTheShape() {
        ValueProcessor upper = v -> v == null ? null : v.toString().toUpperCase(java.util.Locale.ROOT);
        Compiled compiled = new Compiled() {
            @Override
            public String sql() {
                return "select b from t";
            }

            @Override
            public StatementKind kind() {
                return StatementKind.SELECT;
            }

            @Override
            public boolean returnsRows() {
                return true;
            }

            @Override
            public List<String> parameterNames() {
                return List.of();
            }

            @Override
            public List<Object> bind(java.util.Map<String, ?> parameters) {
                return List.of();
            }

            @Override
            public ValueProcessor resultProcessor(int index, String label) {
                return "b".equals(label) ? upper : null;
            }
        };
        ResultShapes.Shape shape = new ResultShapes(8).shape(compiled, List.of("a", "b"));
        assertThat(shape.processors).containsExactly(null, upper);
        try (Connection c = engine.connect()) {
            assertThat(c.execute(executable(compiled)).one().get("b")).isEqualTo("X");
            assertThat(c.execute(executable(compiled)).one().get("b")).as("second run, cached shape")
                    .isEqualTo("X");
        }
    }

    @Test
    void selectStarSeesColumnsAddedAndRenamedBetweenRuns() {
        try (Connection c = engine.connect()) {
            assertThat(c.execute("select * from t").keys()).containsExactly("a", "b");
            c.execute("alter table t rename column b to c");
            Row renamed = c.execute("select * from t").one();
            assertThat(renamed.keys()).containsExactly("a", "c");
            assertThat(renamed.get("c")).isEqualTo("x");
            c.execute("alter table t add column d integer default 7");
            Row wider = c.execute("select * from t").one();
            assertThat(wider.keys()).containsExactly("a", "c", "d");
            assertThat(wider.get("d")).isEqualTo(7);
        }
    }

    private static Executable executable(Compiled compiled) {
        return new Executable() {
            @Override
            public ExecutionOptions executionOptions() {
                return ExecutionOptions.none();
            }

            @Override
            public Executable executionOptions(ExecutionOptions options) {
                return this;
            }

            @Override
            public Compiled compile(Dialect dialect) {
                return compiled;
            }
        };
    }

    private static Compiled compiled(String sql) {
        return new Compiled() {
            @Override
            public String sql() {
                return sql;
            }

            @Override
            public StatementKind kind() {
                return StatementKind.SELECT;
            }

            @Override
            public boolean returnsRows() {
                return true;
            }

            @Override
            public List<String> parameterNames() {
                return List.of();
            }

            @Override
            public List<Object> bind(java.util.Map<String, ?> parameters) {
                return List.of();
            }
        };
    }
}
