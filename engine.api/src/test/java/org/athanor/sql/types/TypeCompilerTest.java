package org.athanor.sql.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.compiler.TypeCompiler;
import org.junit.jupiter.api.Test;

class TypeCompilerTest {
    private final TypeCompiler tc = GenericDialect.INSTANCE.typeCompiler();

    @Test
    void declaredTypeNamesMapBackToTypes() {
        assertThat(tc.typeFromName("VARCHAR(50)")).isEqualTo(SqlTypes.string(50));
        assertThat(tc.typeFromName("character varying(20)")).isEqualTo(SqlTypes.string(20));
        assertThat(tc.typeFromName("NUMERIC(10, 2)")).isEqualTo(SqlTypes.numeric(10, 2));
        assertThat(tc.typeFromName("decimal(5)")).isEqualTo(SqlTypes.numeric(5));
        assertThat(tc.typeFromName("INTEGER")).isEqualTo(SqlTypes.INTEGER);
        assertThat(tc.typeFromName("bigint")).isEqualTo(SqlTypes.BIGINT);
        assertThat(tc.typeFromName("DOUBLE PRECISION")).isEqualTo(SqlTypes.DOUBLE);
        assertThat(tc.typeFromName("TIMESTAMP WITH TIME ZONE")).isEqualTo(SqlTypes.TIMESTAMP_TZ);
        assertThat(tc.typeFromName("DATETIME")).isEqualTo(SqlTypes.DATETIME);
        assertThat(tc.typeFromName("CHAR(3)")).isEqualTo(SqlTypes.fixedString(3));
        assertThat(tc.typeFromName("GEOMETRY")).isEqualTo(SqlTypes.unknown("GEOMETRY"));
        assertThat(tc.typeFromName("")).isEqualTo(SqlTypes.NULL);
    }

    @Test
    void jdbcTypesMapBackToTypes() {
        assertThat(tc.reflectedType(Types.INTEGER, "int4", 10, 0)).isEqualTo(SqlTypes.INTEGER);
        assertThat(tc.reflectedType(Types.VARCHAR, "varchar", 30, null)).isEqualTo(SqlTypes.string(30));
        assertThat(tc.reflectedType(Types.VARCHAR, "text", Integer.MAX_VALUE, null)).isEqualTo(SqlTypes.TEXT);
        assertThat(tc.reflectedType(Types.BIT, "bool", 1, null)).isEqualTo(SqlTypes.BOOLEAN);
        assertThat(tc.reflectedType(Types.NUMERIC, "numeric", 10, 2)).isEqualTo(SqlTypes.numeric(10, 2));
        assertThat(tc.reflectedType(Types.TIMESTAMP, "timestamptz", 35, 6)).isEqualTo(SqlTypes.TIMESTAMP_TZ);
        assertThat(tc.reflectedType(Types.OTHER, "uuid", null, null)).isEqualTo(SqlTypes.UUID_TYPE);
        assertThat(tc.reflectedType(Types.OTHER, "jsonb", null, null)).isEqualTo(SqlTypes.JSON);
        assertThat(tc.reflectedType(Types.BINARY, "bytea", Integer.MAX_VALUE, null)).isEqualTo(SqlTypes.BLOB);
    }

    @Test
    void typesHaveDdlNames() {
        assertThat(tc.ddlName(SqlTypes.BIGINT)).isEqualTo("BIGINT");
        assertThat(tc.ddlName(SqlTypes.TIMESTAMP_TZ)).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(tc.ddlName(SqlTypes.binary(16))).isEqualTo("VARBINARY(16)");
        assertThat(tc.ddlName(SqlTypes.unknown("GEOMETRY"))).isEqualTo("GEOMETRY");
    }
}
