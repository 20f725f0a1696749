package org.athanor.runtime.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.concurrent.Callable;

import org.apache.felix.gogo.jline.Shell;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The launcher's main thread in {@link ConsoleMode#SHELL} mode: once the framework has started, runs Gogo's
 * interactive jline shell at the terminal, and returns status 0 when the user leaves it with {@code exit}
 * or Ctrl-D; the launcher then stops the framework and ends the process with that status.
 *
 * <p>The shell runs here rather than in the Gogo jline bundle's own thread (which the runtime bundle keeps
 * non-interactive) for two reasons: jline finds its terminal providers through the thread's context class
 * loader, which must be jline's bundle for a real terminal to be found; and leaving the shell must end the
 * process with status 0 rather than through the launcher's "framework stopped" path.
 *
 * <p>Thread safety: {@link #call()} is meant to be called once, by the launcher's main thread;
 * {@link #stop()} may be called from any thread.
 */
public final class ShellMain implements Callable<Integer> {
    private final BundleContext context;
    private volatile Shell shell;
    private volatile Terminal terminal;
    private volatile boolean stopped;

    /**
     * Creates the main thread's task.
     *
     * @param context the runtime bundle's context
     */
    public ShellMain(BundleContext context) {
        this.context = context;
    }

    /**
     * Waits for the framework, then runs the shell until the user leaves it.
     *
     * @return 0 when the user left the shell, {@value ScriptMain#CANNOT_RUN} if Gogo never started
     * @throws Exception if the terminal cannot be opened or the thread is interrupted
     */
    @Override
    public Integer call() throws Exception {
        ServiceTracker<CommandProcessor, CommandProcessor> gogo = StartupWait.commandProcessor(context, System.err);
        if (gogo == null) {
            return ScriptMain.CANNOT_RUN;
        }
        try {
            runShell(gogo.getService());
            return 0;
        } finally {
            gogo.close();
        }
    }

    private void runShell(CommandProcessor processor) throws Exception {
        terminal = openTerminal();
        shell = new Shell(new ShellContext(context), processor);
        ServiceRegistration<?> exit = context.registerService(Object.class, new Exit(this), exitCommandProperties());
        CommandSession session = processor.createSession(terminal.input(), terminal.output(), terminal.output());
        try {
            session.put(Shell.VAR_TERMINAL, terminal);
            // the working folder keeps the history (gosh --nohistory only stops it choosing ~/.gogo.history)
            session.put(LineReader.HISTORY_FILE, Path.of(context.getProperty("athanor.home"), "data", "shell.history"));
            if (!stopped) {
                shell.gosh(session, new String[] {"--login", "--noshutdown", "--nohistory"});
            }
        } finally {
            exit.unregister();
            session.close();
            terminal.close();
        }
    }

    /** Opens the system terminal with jline's bundle as the context class loader, where jline looks for its providers. */
    private static Terminal openTerminal() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Terminal.class.getClassLoader());
        try {
            return TerminalBuilder.builder()
                    .name("athanor")
                    .system(true)
                    .nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN)
                    .build();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Hashtable<String, Object> exitCommandProperties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CommandProcessor.COMMAND_SCOPE, "athanor");
        properties.put(CommandProcessor.COMMAND_FUNCTION, new String[] {"exit"});
        return properties;
    }

    /** Ends the shell before its next prompt. */
    public void stop() {
        stopped = true;
        Shell current = shell;
        if (current != null) {
            current.stop();
        }
    }

    /** Closes the terminal as well, for when the framework stops under a running shell. */
    public void close() {
        stop();
        Terminal current = terminal;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // the process is ending
            }
        }
    }

    /**
     * The {@code exit} command of the interactive shell.
     *
     * <p>Thread safety: thread-safe; it only flags the shell to stop.
     */
    public static final class Exit {
        private final ShellMain main;

        Exit(ShellMain main) {
            this.main = main;
        }

        /** Leaves the shell; Athanor then stops and the process ends with status 0. */
        @Descriptor("leave the shell; Athanor stops and the process ends with status 0")
        public void exit() {
            main.stop();
        }
    }

    /** What Gogo's shell asks of its host: properties, and leaving (which the launcher does for it here). */
    private static final class ShellContext implements Shell.Context {
        private final BundleContext context;

        ShellContext(BundleContext context) {
            this.context = context;
        }

        @Override
        public String getProperty(String name) {
            return context.getProperty(name);
        }

        @Override
        public void exit() {
            // the shell runs with --noshutdown; the launcher stops the framework once call() returns
        }
    }
}
