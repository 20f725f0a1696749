package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;

/** Gogo's command processor is a service of the container and runs commands, the way the shell does. */
public class Gogo_CommandProcessorTest extends AthanorContainer {
    @Inject
    private CommandProcessor processor;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Object execute(String command) throws Exception {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = processor.createSession(InputStream.nullInputStream(), stream, stream)) {
            return session.execute(command);
        }
    }

    @Test
    public void echoWritesItsArguments() throws Exception {
        execute("echo 1");

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualToIgnoringNewLines("1");
    }

    @Test
    public void anUnknownCommandFails() {
        assertThatThrownBy(() -> execute("nosuchcommand"))
                .hasMessageContaining("Command not found: nosuchcommand");
    }
}
