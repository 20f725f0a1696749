package org.athanor.runtime;

import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.athanor.exc.AthanorException;
import org.athanor.runtime.console.CannotRun;
import org.athanor.runtime.console.ConsoleMode;
import org.athanor.runtime.console.ScriptMain;
import org.athanor.runtime.console.ShellMain;
import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the distribution's own bundle: prepares the {@link WorkingFolder}, points Configuration Admin,
 * FileInstall and Gogo at it, and picks the {@link ConsoleMode}.
 *
 * <p>An activator rather than a component, because this must happen at a known moment: the bundle starts at
 * level 1, before SLF4J's binding, Configuration Admin, FileInstall and the Gogo shell (see
 * {@code athanor.bndrun}), and those bundles read the properties it sets when they start. It sets only
 * properties the user has not set (with {@code -D} or in the framework's configuration), except that it adds
 * {@code --nointeractive} to {@code gosh.args}: the console ({@link ShellMain} or {@link ScriptMain}) owns
 * standard input, not the Gogo jline bundle's own shell thread.
 *
 * <p>In shell and script modes it registers a {@code Callable<Integer>} service with {@code main.thread=true},
 * which bnd's launcher runs on its main thread and whose result becomes the process's exit status; with
 * {@code -Dathanor.console=none} it registers none, and the framework runs until it is stopped. If the
 * working folder cannot be prepared or the console mode is unknown, the error is printed and the main
 * thread's task is {@link CannotRun}, which ends the process with status
 * {@value org.athanor.runtime.console.ScriptMain#CANNOT_RUN}.
 *
 * <p>Thread safety: called by the framework, which serializes start and stop.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Activator implements BundleActivator {
    private static final String GOSH_ARGS = "gosh.args";
    private static final String NON_INTERACTIVE = "--nointeractive";
    private static final String JLINE_DUMB = "org.jline.terminal.dumb";
    /** Held so that java.util.logging keeps the level set on it (it holds loggers weakly). */
    private static final Logger SPI_FLY_LOG = Logger.getLogger("org.apache.aries.spifly");

    private ServiceRegistration<?> mainThread;
    private ShellMain shell;
    private OrphanConfigurations orphans;

    @Override
    public void start(BundleContext context) {
        quietSpiFly();
        try {
            WorkingFolder folder = WorkingFolder.of(context.getProperty(WorkingFolder.HOME_PROPERTY));
            folder.prepare();
            folder.serviceProperties().forEach((key, value) -> setIfAbsent(context, key, value));
            orphans = new OrphanConfigurations(context);
            orphans.open();
            keepGogoShellOffStandardInput(context);
            ConsoleMode mode = ConsoleMode.select(context.getProperty(ConsoleMode.PROPERTY), ConsoleMode.isTerminal());
            if (mode == ConsoleMode.SHELL) {
                shell = new ShellMain(context);
                mainThread = registerMainThread(context, shell);
            } else if (mode == ConsoleMode.SCRIPT) {
                mainThread = registerMainThread(context, new ScriptMain(context));
            }
        } catch (AthanorException e) {
            System.err.println("athanor: " + e.getMessage());
            mainThread = registerMainThread(context, new CannotRun(context));
        }
    }

    @Override
    public void stop(BundleContext context) {
        if (orphans != null) {
            orphans.close();
            orphans = null;
        }
        if (shell != null) {
            shell.close();
            shell = null;
        }
        if (mainThread != null) {
            try {
                mainThread.unregister();
            } catch (IllegalStateException e) {
                // already unregistered by the framework
            }
            mainThread = null;
        }
    }

    /**
     * Keeps SPI Fly's informational messages (one per service provider it wires, printed through
     * java.util.logging on every start) off the console, unless the user configured java.util.logging.
     * This bundle starts before the SLF4J binding whose wiring SPI Fly would announce.
     */
    private static void quietSpiFly() {
        if (System.getProperty("java.util.logging.config.file") == null
                && System.getProperty("java.util.logging.config.class") == null) {
            SPI_FLY_LOG.setLevel(Level.WARNING);
        }
    }

    private static ServiceRegistration<?> registerMainThread(BundleContext context, Callable<Integer> task) {
        Hashtable<String, Object> properties = new Hashtable<>(Map.of("main.thread", Boolean.TRUE));
        return context.registerService(Callable.class, task, properties);
    }

    /**
     * Keeps the Gogo jline bundle's own shell (started later) non-interactive, so that only this bundle's
     * console reads standard input, and keeps jline from warning about the spare terminal that bundle opens.
     */
    private static void keepGogoShellOffStandardInput(BundleContext context) {
        String args = context.getProperty(GOSH_ARGS);
        if (args == null || args.isBlank()) {
            System.setProperty(GOSH_ARGS, NON_INTERACTIVE);
        } else if (!args.contains(NON_INTERACTIVE)) {
            System.setProperty(GOSH_ARGS, args + " " + NON_INTERACTIVE);
        }
        setIfAbsent(context, JLINE_DUMB, "true");
    }

    private static void setIfAbsent(BundleContext context, String key, String value) {
        if (context.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
