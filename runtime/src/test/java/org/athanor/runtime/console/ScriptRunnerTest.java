package org.athanor.runtime.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.apache.felix.gogo.runtime.CommandProcessorImpl;
import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScriptRunnerTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private ThreadIOImpl threadIO;
    private CommandProcessorImpl processor;

    /** Commands for the scripts below; Gogo finds them by their method names. */
    public static final class Commands {
        public String hello(String name) {
            return "hello " + name;
        }

        public void say(String text) {
            System.out.println(text);
        }

        public void fail() {
            throw new IllegalStateException("the database is locked; retry later");
        }

        public void failWrapped() {
            throw new RuntimeException(new IllegalArgumentException("line one\n  line two"));
        }

        public void failBare() {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void startGogo() {
        threadIO = new ThreadIOImpl();
        threadIO.start();
        processor = new CommandProcessorImpl(threadIO);
        processor.addCommand("test", new Commands());
    }

    @AfterEach
    void stopGogo() {
        processor.stop();
        threadIO.stop();
    }

    private int run(String script) throws Exception {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new ScriptRunner(processor, o, e).run(new BufferedReader(new StringReader(script)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsEveryCommandInOrderAndPrintsResultsAndOutput() throws Exception {
        int status = run("hello a\nsay printed\nhello b\n");

        assertThat(status).isEqualTo(ScriptRunner.SUCCESS);
        assertThat(out()).isEqualTo("hello a\nprinted\nhello b\n".replace("\n", System.lineSeparator()));
        assertThat(err()).isEmpty();
    }

    @Test
    void aFailureIsOneLineWithItsLineNumberAndTheRestStillRuns() throws Exception {
        int status = run("hello a\n\n\nfail\nhello b\n");

        assertThat(status).isEqualTo(ScriptRunner.FAILURE);
        assertThat(err().lines()).containsExactly("athanor: line 4: the database is locked; retry later");
        assertThat(out()).contains("hello a", "hello b");
    }

    @Test
    void anUnknownCommandFailsWithoutAStackTrace() throws Exception {
        int status = run("nosuchcommand\n");

        assertThat(status).isEqualTo(ScriptRunner.FAILURE);
        assertThat(err().lines()).hasSize(1).first().asString()
                .startsWith("athanor: line 1: ")
                .contains("nosuchcommand");
    }

    @Test
    void aCommandMaySpanLinesWhileAQuoteIsOpen() throws Exception {
        int status = run("hello 'a\nb'\nhello c\n");

        assertThat(status).isEqualTo(ScriptRunner.SUCCESS);
        assertThat(out()).contains("hello a\nb", "hello c");
    }

    @Test
    void inputEndingInsideAQuoteIsAFailure() throws Exception {
        int status = run("hello a\nhello 'b\n");

        assertThat(status).isEqualTo(ScriptRunner.FAILURE);
        assertThat(err().lines()).hasSize(1).first().asString().startsWith("athanor: line 2: ");
    }

    @Test
    void anEmptyScriptSucceeds() throws Exception {
        assertThat(run("")).isEqualTo(ScriptRunner.SUCCESS);
        assertThat(run("\n   \n")).isEqualTo(ScriptRunner.SUCCESS);
        assertThat(out()).isEmpty();
    }

    @Test
    void theErrorLineUsesTheFirstMessageAlongTheCausesOnOneLine() throws Exception {
        run("failWrapped\nfailBare\n");

        assertThat(err().lines()).containsExactly(
                "athanor: line 1: java.lang.IllegalArgumentException: line one line two",
                "athanor: line 2: UnsupportedOperationException");
    }
}
