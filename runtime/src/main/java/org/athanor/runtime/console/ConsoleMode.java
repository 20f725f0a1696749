package org.athanor.runtime.console;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;

import org.athanor.exc.ArgumentException;

/**
 * How the distribution talks to its user, chosen from the {@value #PROPERTY} property and from whether
 * standard input is a terminal.
 *
 * <p>Thread safety: an enum; immutable.
 */
public enum ConsoleMode {
    /** Gogo's interactive jline shell reads the terminal; the process ends, with status 0, when the user leaves it. */
    SHELL,
    /** Commands come from standard input; the process ends when input ends, its status saying if all succeeded. */
    SCRIPT,
    /** No console: the framework runs until it is stopped, as a service would. */
    NONE;

    /** The property that selects the mode: {@code auto} (the default), {@code shell}, {@code script} or {@code none}. */
    public static final String PROPERTY = "athanor.console";

    /**
     * Selects the mode named by the property, or for {@code auto} the shell at a terminal and the script
     * reader otherwise.
     *
     * @param property the value of {@value #PROPERTY}, or {@code null} for {@code auto}
     * @param terminal whether standard input and output are a terminal
     * @return the mode
     * @throws ArgumentException if the property names no mode
     */
    public static ConsoleMode select(String property, boolean terminal) {
        String name = property == null ? "auto" : property.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "":
            case "auto":
                return terminal ? SHELL : SCRIPT;
            case "shell":
                return SHELL;
            case "script":
                return SCRIPT;
            case "none":
                return NONE;
            default:
                throw new ArgumentException("-D" + PROPERTY + "=" + property
                        + " names no console mode; use auto (the default), shell, script or none");
        }
    }

    /**
     * Tells whether this process talks to a terminal: {@link System#console()} exists and, on Java 22 and
     * later where it exists even for redirected streams, reports itself as a terminal.
     *
     * @return {@code true} at an interactive terminal
     */
    public static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22 a console exists only at a terminal
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
