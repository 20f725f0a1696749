package org.athanor.engine.impl.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String print(TextTable table) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        table.print(out);
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void alignsColumnsNumbersToTheRight() {
        TextTable table = TextTable.of("id", "name").add(1, "alice").add(100, "bob");

        assertThat(print(table)).isEqualTo("""
                  id | name
                -----+-------
                   1 | alice
                 100 | bob
                """);
    }

    @Test
    void showsNullBytesAndLineBreaksOnOneLine() {
        TextTable table = TextTable.of("a", "b", "c").add(null, new byte[] {1, (byte) 0xab}, "x\ny");

        assertThat(print(table)).contains(" NULL | 0x01ab | x\\ny");
    }

    @Test
    void cutsLongCellsUnlessTold() {
        String cell = "x".repeat(100);

        assertThat(print(TextTable.of("c").add(cell))).contains("x".repeat(TextTable.MAX_WIDTH - 3) + "...\n");
        assertThat(print(TextTable.of("c").maxWidth(Integer.MAX_VALUE).add(cell))).contains(cell + "\n");
    }

    @Test
    void anEmptyTableHasItsHeader() {
        assertThat(print(TextTable.of("only"))).isEqualTo(" only\n------\n");
    }
}
