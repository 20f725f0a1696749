package org.athanor.engine;

/**
 * How much an engine (or its pool) logs to SLF4J at INFO (SQLAlchemy's {@code echo}).
 *
 * <p>Thread-safe (an enum).
 */
public enum Echo {
    /** Nothing beyond the logger's own configuration. */
    OFF,
    /** Statements and their parameters (for a pool: checkouts, checkins, connects, invalidations). */
    ON,
    /** {@link #ON} plus result rows (for a pool: resets too). */
    DEBUG;

    /**
     * Parses the forms a configuration may use: {@code true}/{@code false}, {@code on}/{@code off},
     * {@code debug}.
     *
     * @param value the text
     * @return the level
     * @throws org.athanor.exc.ArgumentException if the text is none of these
     */
    public static Echo parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "on", "yes", "1" -> ON;
            case "false", "off", "no", "0", "" -> OFF;
            case "debug" -> DEBUG;
            default -> throw new org.athanor.exc.ArgumentException(
                    "echo takes true, false or debug, not '" + value + "'.");
        };
    }
}
