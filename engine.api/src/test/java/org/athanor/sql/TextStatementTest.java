package org.athanor.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.athanor.engine.Compiled;
import org.athanor.exc.ArgumentException;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.types.SqlTypes;
import org.junit.jupiter.api.Test;

class TextStatementTest {

    private static Compiled compile(TextStatement t) {
        return t.compile(GenericDialect.INSTANCE);
    }

    @Test
    void namedParametersBecomePlaceholdersInOrder() {
        TextStatement t = SQL.text("select * from t where a = :a and b = :b or a = :a");
        assertThat(t.parameterNames()).containsExactly("a", "b");
        Compiled c = compile(t);
        assertThat(c.sql()).isEqualTo("select * from t where a = ? and b = ? or a = ?");
        assertThat(c.parameterNames()).containsExactly("a", "b", "a");
        assertThat(c.bind(Map.of("a", 1, "b", 2))).containsExactly(1, 2, 1);
    }

    @Test
    void quotesCommentsCastsAndEscapedColonsAreNotParameters() {
        Compiled c = compile(SQL.text("select ':a', \":b\", `:c`, x::int, '\\:d', 'it''s :e' -- :f\n"
                + "/* :g */ from t where y = :h and z = \\:i"));
        assertThat(c.parameterNames()).containsExactly("h");
        assertThat(c.sql()).isEqualTo("select ':a', \":b\", `:c`, x::int, '\\:d', 'it''s :e' -- :f\n"
                + "/* :g */ from t where y = ? and z = :i");
    }

    @Test
    void typedParametersConvertTheirValues() {
        TextStatement t = SQL.text("update t set flag = :f").bindparams(SQL.bindparam("f", SqlTypes.BOOLEAN));
        var noBoolean = new org.athanor.testing.sql.CompileOnlyDialect("nobool",
                org.athanor.dialect.Capabilities.of(30), org.athanor.sql.compiler.CompilerKit.ANSI, null);
        assertThat(t.compile(noBoolean).bind(Map.of("f", true))).containsExactly(1);
        assertThat(compile(t.bind("f", false)).bind(Map.of())).containsExactly(false);
        assertThatThrownBy(() -> t.bindparams(SQL.bindparam("nope", SqlTypes.INTEGER)))
                .isInstanceOf(ArgumentException.class).hasMessageContaining("[f]");
    }
}
