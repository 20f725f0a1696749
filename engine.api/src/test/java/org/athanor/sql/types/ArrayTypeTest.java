package org.athanor.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.athanor.dialect.Capabilities;
import org.athanor.engine.ValueProcessor;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.ConversionException;
import org.athanor.exc.UnsupportedCompilationException;
import org.athanor.sql.compiler.CompilerKit;
import org.athanor.sql.compiler.GenericDialect;
import org.athanor.sql.compiler.TypeCompiler;
import org.athanor.testing.sql.CompileOnlyDialect;
import org.junit.jupiter.api.Test;

class ArrayTypeTest {
    private final GenericDialect generic = GenericDialect.INSTANCE;
    private final TypeCompiler tc = generic.typeCompiler();

    @Test
    void oneDimensionOfAScalarTypeCarriedAsAList() {
        ArrayType<Integer> ints = SqlTypes.array(SqlTypes.INTEGER);
        assertThat(ints.kind()).isEqualTo(TypeKind.ARRAY);
        assertThat(ints.javaType()).isEqualTo(List.class);
        assertThat(ints.elementType()).isEqualTo(SqlTypes.INTEGER);
        assertThat(ints).isEqualTo(SqlTypes.array(SqlTypes.INTEGER)).isNotEqualTo(SqlTypes.array(SqlTypes.BIGINT));
        assertThat(ints).hasToString("INTEGER[]");
        assertThatThrownBy(() -> SqlTypes.array(ints)).isInstanceOf(ArgumentException.class)
                .hasMessageContaining("one dimension");
        assertThatThrownBy(() -> SqlTypes.array(null)).isInstanceOf(ArgumentException.class);
    }

    @Test
    void bindTakesListsCollectionsAndJavaArraysConvertingEachElement() {
        ValueProcessor bind = SqlTypes.array(SqlTypes.INTEGER).bindProcessor(generic);
        assertThat(bind.process(List.of(1, 2))).isEqualTo(List.of(1, 2));
        assertThat(bind.process(Set.of(7))).isEqualTo(List.of(7));
        assertThat(bind.process(new int[] {3, 4})).isEqualTo(List.of(3, 4));
        assertThat(bind.process(new Integer[] {5, null})).isEqualTo(Arrays.asList(5, null));
        assertThat(bind.process(null)).isNull();
        assertThatThrownBy(() -> bind.process("1,2")).isInstanceOf(ConversionException.class)
                .hasMessageContaining("List, a Collection or a Java array");
    }

    @Test
    void resultsBecomeListsOfTheElementClass() throws Exception {
        ValueProcessor read = SqlTypes.array(SqlTypes.DATE).resultProcessor(generic);
        Object[] driverValue = {java.sql.Date.valueOf("2024-02-29"), null};
        Array sqlArray = (Array) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Array.class},
                (proxy, method, args) -> method.getName().equals("getArray") ? driverValue : null);
        assertThat(read.process(sqlArray)).isEqualTo(Arrays.asList(LocalDate.of(2024, 2, 29), null));
        assertThat(SqlTypes.array(SqlTypes.INTEGER).resultProcessor(generic).process(new Short[] {1, 2}))
                .isEqualTo(List.of(1, 2));
    }

    @Test
    void namedWithTheElementWhereTheDatabaseHasArraysAndRefusedElsewhere() {
        assertThat(tc.ddlName(SqlTypes.array(SqlTypes.string(20)))).isEqualTo("VARCHAR(20)[]");
        CompileOnlyDialect noArrays = new CompileOnlyDialect("plain", Capabilities.of(30), CompilerKit.ANSI, null);
        assertThatThrownBy(() -> noArrays.typeCompiler().ddlName(SqlTypes.array(SqlTypes.INTEGER)))
                .isInstanceOf(UnsupportedCompilationException.class)
                .hasMessageContaining("ARRAY types (INTEGER[]) are not supported by dialect plain");
        assertThatThrownBy(() -> noArrays.typeCompiler().bindProcessor(SqlTypes.array(SqlTypes.INTEGER)))
                .isInstanceOf(UnsupportedCompilationException.class);
    }

    @Test
    void reflectedArrayNamesMapBack() {
        assertThat(tc.typeFromName("integer[]")).isEqualTo(SqlTypes.array(SqlTypes.INTEGER));
        assertThat(tc.typeFromName("character varying(20)[]")).isEqualTo(SqlTypes.array(SqlTypes.string(20)));
        assertThat(tc.typeFromName("time without time zone[]")).isEqualTo(SqlTypes.array(SqlTypes.TIME));
        assertThat(tc.typeFromName("geometry[]")).isEqualTo(SqlTypes.unknown("geometry[]"));
        assertThat(tc.typeFromName("integer[][]")).isEqualTo(SqlTypes.unknown("integer[][]"));
        assertThat(tc.reflectedType(Types.ARRAY, "TEXT[]", null, null)).isEqualTo(SqlTypes.array(SqlTypes.TEXT));
    }
}
