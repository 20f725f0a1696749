package org.athanor.engine.impl.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a connection was checked out, recorded so that a leak warning can name it.
 *
 * <p>Recording costs a stack walk, which is more than a whole statement on a fast driver, so the mode is a
 * choice, read from the system property {@value #PROPERTY} ({@code none}, {@code auto}, {@code caller} or
 * {@code full}):
 * <ul>
 * <li>{@code auto} (the default): nothing is recorded until the first leak is reported; from then on the
 * caller frame is recorded, so later leak warnings name their place at no cost to programs that never
 * leak;</li>
 * <li>{@code caller}: the first stack frame outside Athanor;</li>
 * <li>{@code full}: the whole stack trace (for hunting a leak);</li>
 * <li>{@code none}: never.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe; the mode is a volatile static.
 */
public final class Origin {
    /** The system property that chooses the mode. */
    public static final String PROPERTY = "athanor.checkoutTrace";

    /** How much to record. */
    public enum Mode {
        /** Record nothing. */
        NONE,
        /** Record nothing until the first leak, then the caller frame. */
        AUTO,
        /** Record the first frame outside Athanor. */
        CALLER,
        /** Record the whole stack. */
        FULL
    }

    private static final StackWalker WALKER = StackWalker.getInstance();
    private static volatile Mode mode = parse(System.getProperty(PROPERTY));
    private static volatile boolean leakSeen;

    private final String where;
    private final Throwable trace;

    private Origin(String where, Throwable trace) {
        this.where = where;
        this.trace = trace;
    }

    private static Mode parse(String value) {
        if (value == null || value.isBlank()) {
            return Mode.AUTO;
        }
        try {
            return Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Mode.AUTO;
        }
    }

    /**
     * Sets the mode for the whole process (tests and diagnostics).
     *
     * @param value the mode
     */
    public static void setMode(Mode value) {
        mode = value;
    }

    /**
     * Returns the mode.
     *
     * @return the mode
     */
    public static Mode mode() {
        return mode;
    }

    /**
     * Records the current place, as the mode says.
     *
     * @return the origin, or {@code null} when nothing is recorded
     */
    static Origin capture() {
        Mode m = mode;
        if (m == Mode.NONE || (m == Mode.AUTO && !leakSeen)) {
            return null;
        }
        if (m == Mode.FULL) {
            Throwable t = new Throwable("checked out here");
            return new Origin(callerOf(t.getStackTrace()), t);
        }
        Optional<StackWalker.StackFrame> f = WALKER.walk(s -> s.filter(Origin::isUserFrame).findFirst());
        return new Origin(f.map(Object::toString).orElse("(unknown)"), null);
    }

    /** Called when a leak is reported: in auto mode, start recording. */
    static void leakReported() {
        leakSeen = true;
    }

    /** Forgets that a leak was reported (tests of the auto mode). */
    static void forgetLeaks() {
        leakSeen = false;
    }

    private static String callerOf(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (isUserClass(e.getClassName())) {
                return e.toString();
            }
        }
        return "(unknown)";
    }

    private static boolean isUserFrame(StackWalker.StackFrame f) {
        return isUserClass(f.getClassName());
    }

    /** Athanor's own frames are skipped, except test classes (which are Athanor's users in its own tests). */
    private static boolean isUserClass(String className) {
        return !className.startsWith("org.athanor.") || className.contains("Test");
    }

    /**
     * Describes the place for a log line.
     *
     * @param origin the origin, possibly {@code null}
     * @return the description
     */
    static String describe(Origin origin) {
        if (origin != null) {
            return origin.where;
        }
        return mode == Mode.NONE ? "(not recorded: system property " + PROPERTY + " is none)"
                : "(not recorded; leak tracing is on from now: later leaks name their place; set -D" + PROPERTY
                + "=caller to record from the start)";
    }

    /**
     * Returns the full stack trace, when recorded.
     *
     * @param origin the origin, possibly {@code null}
     * @return the trace, or {@code null}
     */
    static Throwable trace(Origin origin) {
        return origin == null ? null : origin.trace;
    }
}
