package org.athanor.runtime.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

import org.apache.felix.gogo.runtime.EOFError;
import org.apache.felix.gogo.runtime.Parser;
import org.apache.felix.gogo.runtime.SyntaxError;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/**
 * Runs a script of Gogo commands, one after the other, the way a shell runs a piped script: each command's
 * output and printed result go to the output stream, each failure is reported as one line on the error
 * stream, and the run ends with an exit status that is {@value #SUCCESS} only if every command succeeded.
 *
 * <p>A command may span several lines while its braces, brackets or quotes are open (Gogo's parser
 * decides); blank lines are skipped; a failing command does not stop the ones after it. A command
 * fails when it throws; its one-line report reads {@code athanor: line N: <message>}, with no stack trace,
 * and the exception stays in the session variable {@code exception} for the commands after it.
 *
 * <p>Thread safety: not thread-safe; one instance runs one script on the calling thread.
 */
public final class ScriptRunner {
    /** The exit status when every command succeeded. */
    public static final int SUCCESS = 0;
    /** The exit status when at least one command failed. */
    public static final int FAILURE = 1;

    private final CommandProcessor processor;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * Creates a runner.
     *
     * @param processor Gogo's command processor, which finds and runs the commands
     * @param out where command output and results go
     * @param err where failures are reported
     */
    public ScriptRunner(CommandProcessor processor, PrintStream out, PrintStream err) {
        this.processor = Objects.requireNonNull(processor, "processor");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Runs every command of the script in a new session, then closes the session.
     *
     * @param script the commands, one per line (or several lines while a block is open)
     * @return {@value #SUCCESS} if every command succeeded, {@value #FAILURE} otherwise
     * @throws IOException if the script cannot be read
     */
    public int run(BufferedReader script) throws IOException {
        CommandSession session = processor.createSession(InputStream.nullInputStream(), out, err);
        try {
            return runIn(session, script);
        } finally {
            session.close();
        }
    }

    private int runIn(CommandSession session, BufferedReader script) throws IOException {
        int status = SUCCESS;
        StringBuilder command = new StringBuilder();
        int firstLine = 0;
        int lineNumber = 0;
        for (String line = script.readLine(); line != null; line = script.readLine()) {
            lineNumber++;
            if (command.length() == 0) {
                if (line.isBlank()) {
                    continue;
                }
                firstLine = lineNumber;
            } else {
                command.append('\n');
            }
            command.append(line);
            if (!isComplete(command)) {
                continue;
            }
            if (!execute(session, command.toString(), firstLine)) {
                status = FAILURE;
            }
            command.setLength(0);
        }
        if (command.length() > 0 && !execute(session, command.toString(), firstLine)) {
            status = FAILURE; // input ended inside a block: Gogo reports what is missing
        }
        return status;
    }

    private boolean execute(CommandSession session, String command, int line) {
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
            return true;
        } catch (Exception e) {
            session.put("exception", e);
            err.println("athanor: line " + line + ": " + describe(e));
            return false;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static boolean isComplete(CharSequence command) {
        try {
            new Parser(command).program();
            return true;
        } catch (EOFError e) {
            return false;
        } catch (SyntaxError e) {
            return true; // executing it reports the error
        }
    }

    /**
     * Describes a failure in one line: the first message found along its causes, or the name of its type.
     *
     * @param failure what a command threw
     * @return a single line
     */
    static String describe(Throwable failure) {
        Throwable t = failure;
        while (isBlank(t.getMessage()) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = isBlank(t.getMessage()) ? t.getClass().getSimpleName() : t.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
