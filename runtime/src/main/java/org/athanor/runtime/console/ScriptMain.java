package org.athanor.runtime.console;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The launcher's main thread in {@link ConsoleMode#SCRIPT} mode: once the framework has started, runs the
 * commands read from standard input with a {@link ScriptRunner} and returns its exit status, which the
 * launcher passes to {@code System.exit} after stopping the framework.
 *
 * <p>It reads and writes the process's own standard streams (file descriptors 0, 1 and 2), not
 * {@code System.in} and {@code System.out}, which Gogo replaces with per-thread streams.
 *
 * <p>Thread safety: {@link #call()} is meant to be called once, by the launcher's main thread.
 */
public final class ScriptMain implements Callable<Integer> {
    /** The exit status when the console could not run the script at all. */
    public static final int CANNOT_RUN = 2;
    /** The property holding the quiet period, in milliseconds, awaited before the first command; 0 disables it. */
    public static final String SETTLE_PROPERTY = "athanor.console.settle";

    private static final Duration DEFAULT_SETTLE = Duration.ofMillis(100);
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(5);

    private final BundleContext context;

    /**
     * Creates the main thread's task.
     *
     * @param context the runtime bundle's context
     */
    public ScriptMain(BundleContext context) {
        this.context = context;
    }

    /**
     * Waits for the framework, runs standard input's commands and returns the exit status.
     *
     * @return {@link ScriptRunner#SUCCESS}, {@link ScriptRunner#FAILURE}, or {@value #CANNOT_RUN}
     * @throws Exception if standard input cannot be read or the thread is interrupted
     */
    @Override
    public Integer call() throws Exception {
        Charset charset = Charset.defaultCharset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        ServiceTracker<CommandProcessor, CommandProcessor> gogo = StartupWait.commandProcessor(context, err);
        if (gogo == null) {
            return CANNOT_RUN;
        }
        try {
            StartupWait.quietServices(context, settle(), SETTLE_TIMEOUT);
            BufferedReader script = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in), charset));
            return new ScriptRunner(gogo.getService(), out, err).run(script);
        } finally {
            gogo.close();
        }
    }

    private Duration settle() {
        String value = context.getProperty(SETTLE_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SETTLE;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_SETTLE;
        }
    }
}
