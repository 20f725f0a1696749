package org.athanor.runtime.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

class ConsoleModeTest {
    @Test
    void autoPicksTheShellAtATerminalAndTheScriptReaderOtherwise() {
        assertThat(ConsoleMode.select(null, true)).isEqualTo(ConsoleMode.SHELL);
        assertThat(ConsoleMode.select(null, false)).isEqualTo(ConsoleMode.SCRIPT);
        assertThat(ConsoleMode.select(" Auto ", true)).isEqualTo(ConsoleMode.SHELL);
        assertThat(ConsoleMode.select("", false)).isEqualTo(ConsoleMode.SCRIPT);
    }

    @Test
    void aNamedModeWinsOverTheTerminal() {
        assertThat(ConsoleMode.select("script", true)).isEqualTo(ConsoleMode.SCRIPT);
        assertThat(ConsoleMode.select("SHELL", false)).isEqualTo(ConsoleMode.SHELL);
        assertThat(ConsoleMode.select("none", true)).isEqualTo(ConsoleMode.NONE);
    }

    @Test
    void anUnknownModeSaysWhichOnesExist() {
        assertThatThrownBy(() -> ConsoleMode.select("quiet", false))
                .isInstanceOf(ArgumentException.class)
                .hasMessageContaining("athanor.console=quiet")
                .hasMessageContaining("auto (the default), shell, script or none");
    }
}
