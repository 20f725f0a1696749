package org.athanor.pool;

import java.time.Duration;
import java.util.List;
import org.athanor.engine.Echo;
import org.athanor.engine.ResetOnReturn;

/**
 * A pool's settings: size, overflow, timeout, recycle, pre-ping, reset on return, logging, the dialect whose
 * operations it uses, and listeners. Built with {@link #builder()}; pools ignore what does not apply to them
 * (only a queue pool has a size).
 *
 * <p>Immutable and thread-safe.
 *
 * @param size connections a queue pool keeps (default 5; 0 for no limit)
 * @param maxOverflow connections a queue pool may open beyond its size (default 10; -1 for no limit)
 * @param timeout how long a checkout waits (default 30 s)
 * @param recycle age past which a connection is replaced at checkout, or {@code null} for never
 * @param prePing whether to test a connection at checkout
 * @param resetOnReturn what to do to a returned connection (default ROLLBACK)
 * @param echo pool event logging
 * @param dialect the database operations (default plain JDBC)
 * @param loggingName the name in log lines, or {@code null}
 * @param listeners listeners added at construction, before the first connection
 * @param leakDetectionThreshold how long a connection may stay checked out before the pool logs a warning
 *     with the stack of its checkout (HikariCP's {@code leakDetectionThreshold}), or {@code null} (the
 *     default) for no leak detection; the stack is captured only when this is set
 * @param connectBackoff the longest pause between attempts to connect while the database keeps refusing
 *     them (default 500 ms; zero turns the rate limit off): from the second failed connect in a row, further
 *     connects fail fast for a back-off that doubles up to this, and then one caller at a time tries again
 */
public record PoolConfig(int size, int maxOverflow, Duration timeout, Duration recycle, boolean prePing,
        ResetOnReturn resetOnReturn, Echo echo, PoolDialect dialect, String loggingName,
        List<PoolListener> listeners, Duration leakDetectionThreshold, Duration connectBackoff) {

    /** The default {@link #connectBackoff()}. */
    public static final Duration DEFAULT_CONNECT_BACKOFF = Duration.ofMillis(500);

    /** Checks and copies the components. */
    public PoolConfig {
        if (size < 0) {
            throw new org.athanor.exc.ArgumentException("pool size must be 0 (no limit) or more, not " + size);
        }
        if (maxOverflow < -1) {
            throw new org.athanor.exc.ArgumentException("maxOverflow must be -1 (no limit) or more, not "
                    + maxOverflow);
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
        resetOnReturn = resetOnReturn == null ? ResetOnReturn.ROLLBACK : resetOnReturn;
        echo = echo == null ? Echo.OFF : echo;
        dialect = dialect == null ? PoolDialect.JDBC : dialect;
        listeners = listeners == null ? List.of() : List.copyOf(listeners);
        if (leakDetectionThreshold != null
                && (leakDetectionThreshold.isNegative() || leakDetectionThreshold.isZero())) {
            throw new org.athanor.exc.ArgumentException("leakDetectionThreshold must be positive, or null for no"
                    + " leak detection, not " + leakDetectionThreshold);
        }
        connectBackoff = connectBackoff == null ? DEFAULT_CONNECT_BACKOFF : connectBackoff;
        if (connectBackoff.isNegative()) {
            throw new org.athanor.exc.ArgumentException("connectBackoff must be zero (no rate limit) or positive,"
                    + " not " + connectBackoff);
        }
    }

    /**
     * Creates a configuration without leak detection and with the default connect back-off (the form before
     * {@code leakDetectionThreshold} and {@code connectBackoff}).
     *
     * @param size connections a queue pool keeps
     * @param maxOverflow connections beyond the size
     * @param timeout checkout timeout
     * @param recycle recycle age or {@code null}
     * @param prePing whether to pre-ping
     * @param resetOnReturn reset on return
     * @param echo pool event logging
     * @param dialect database operations
     * @param loggingName name in log lines or {@code null}
     * @param listeners listeners
     */
    public PoolConfig(int size, int maxOverflow, Duration timeout, Duration recycle, boolean prePing,
            ResetOnReturn resetOnReturn, Echo echo, PoolDialect dialect, String loggingName,
            List<PoolListener> listeners) {
        this(size, maxOverflow, timeout, recycle, prePing, resetOnReturn, echo, dialect, loggingName, listeners,
                null, null);
    }

    /**
     * Returns the defaults (size 5, overflow 10, timeout 30 s, reset by rollback, JDBC operations).
     *
     * @return the defaults
     */
    public static PoolConfig defaults() {
        return builder().build();
    }

    /**
     * Starts a builder at the defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this configuration.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.size = size;
        b.maxOverflow = maxOverflow;
        b.timeout = timeout;
        b.recycle = recycle;
        b.prePing = prePing;
        b.resetOnReturn = resetOnReturn;
        b.echo = echo;
        b.dialect = dialect;
        b.loggingName = loggingName;
        b.listeners = listeners;
        b.leakDetectionThreshold = leakDetectionThreshold;
        b.connectBackoff = connectBackoff;
        return b;
    }

    /**
     * Returns a copy with another reset-on-return (seed 002's sharing pool uses NONE).
     *
     * @param value the reset
     * @return the copy
     */
    public PoolConfig withResetOnReturn(ResetOnReturn value) {
        return toBuilder().resetOnReturn(value).build();
    }

    /** Builds a {@link PoolConfig}; not thread-safe. */
    public static final class Builder {
        private int size = 5;
        private int maxOverflow = 10;
        private Duration timeout = Duration.ofSeconds(30);
        private Duration recycle;
        private boolean prePing;
        private ResetOnReturn resetOnReturn = ResetOnReturn.ROLLBACK;
        private Echo echo = Echo.OFF;
        private PoolDialect dialect = PoolDialect.JDBC;
        private String loggingName;
        private List<PoolListener> listeners = List.of();
        private Duration leakDetectionThreshold;
        private Duration connectBackoff = DEFAULT_CONNECT_BACKOFF;

        private Builder() {
        }

        /** @param v the size @return this */
        public Builder size(int v) {
            size = v;
            return this;
        }

        /** @param v the max overflow @return this */
        public Builder maxOverflow(int v) {
            maxOverflow = v;
            return this;
        }

        /** @param v the checkout timeout @return this */
        public Builder timeout(Duration v) {
            timeout = v;
            return this;
        }

        /** @param v the recycle age or null @return this */
        public Builder recycle(Duration v) {
            recycle = v;
            return this;
        }

        /** @param v whether to pre-ping @return this */
        public Builder prePing(boolean v) {
            prePing = v;
            return this;
        }

        /** @param v the reset on return @return this */
        public Builder resetOnReturn(ResetOnReturn v) {
            resetOnReturn = v;
            return this;
        }

        /** @param v the echo level @return this */
        public Builder echo(Echo v) {
            echo = v;
            return this;
        }

        /** @param v the dialect operations @return this */
        public Builder dialect(PoolDialect v) {
            dialect = v;
            return this;
        }

        /** @param v the logging name @return this */
        public Builder loggingName(String v) {
            loggingName = v;
            return this;
        }

        /** @param v the listeners @return this */
        public Builder listeners(List<PoolListener> v) {
            listeners = v;
            return this;
        }

        /**
         * Sets how long a connection may stay checked out before the pool logs a warning with the stack of
         * its checkout; {@code null} (the default) turns leak detection off.
         *
         * @param v the threshold, positive, or {@code null}
         * @return this
         */
        public Builder leakDetectionThreshold(Duration v) {
            leakDetectionThreshold = v;
            return this;
        }

        /**
         * Sets the longest pause between attempts to connect while the database keeps refusing them (default
         * 500 ms); {@link Duration#ZERO} turns the rate limit off.
         *
         * @param v the longest back-off, zero or positive
         * @return this
         */
        public Builder connectBackoff(Duration v) {
            connectBackoff = v;
            return this;
        }

        /** @return the configuration */
        public PoolConfig build() {
            return new PoolConfig(size, maxOverflow, timeout, recycle, prePing, resetOnReturn, echo, dialect,
                    loggingName, listeners, leakDetectionThreshold, connectBackoff);
        }
    }
}
