package org.athanor.engine.impl.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.athanor.exc.ArgumentException;
import org.junit.jupiter.api.Test;

class ShellExceptionTest {

    @Test
    void printsAsItsMessageAloneOnOneLine() {
        ShellException e = ShellException.of(new ArgumentException("first line\n   second line"));

        assertThat(e).hasToString("first line second line");
        assertThat(e.getCause()).isInstanceOf(ArgumentException.class);
    }

    @Test
    void takesTheFirstMessageAlongTheCauses() {
        ShellException e = ShellException.of(new RuntimeException(null, new IllegalStateException("the reason")));

        assertThat(e.getMessage()).isEqualTo("the reason");
    }

    @Test
    void namesTheTypeWhenNothingHasAMessage() {
        assertThat(ShellException.of(new NullPointerException()).getMessage()).isEqualTo("NullPointerException");
    }

    @Test
    void keepsAShellExceptionAsItIs() {
        ShellException e = new ShellException("x");

        assertThat(ShellException.of(e)).isSameAs(e);
    }
}
