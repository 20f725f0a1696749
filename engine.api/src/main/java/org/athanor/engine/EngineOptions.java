package org.athanor.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.athanor.exc.ArgumentException;
import org.athanor.pool.ConnectionCreator;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolFactory;

/**
 * The options of {@code createEngine} (seed 003's list, in today's names), as an immutable value built
 * with {@link #builder()}.
 *
 * <table>
 * <caption>Options and defaults</caption>
 * <tr><th>option</th><th>default</th><th>meaning</th></tr>
 * <tr><td>poolSize</td><td>5</td><td>connections kept open by a queue pool</td></tr>
 * <tr><td>maxOverflow</td><td>10</td><td>connections a queue pool may open beyond poolSize</td></tr>
 * <tr><td>poolTimeout</td><td>30 s</td><td>how long a checkout waits for a connection</td></tr>
 * <tr><td>poolRecycle</td><td>none</td><td>connections older than this are replaced at checkout</td></tr>
 * <tr><td>prePing</td><td>false</td><td>test a connection at checkout and replace it if dead</td></tr>
 * <tr><td>leakDetectionThreshold</td><td>none</td><td>warn, with the checkout's stack, about a connection
 * checked out longer than this</td></tr>
 * <tr><td>pool / poolFactory / poolClass</td><td>dialect's choice</td><td>the pool to use, one of the
 * three</td></tr>
 * <tr><td>creator</td><td>the dialect's driver</td><td>makes driver connections</td></tr>
 * <tr><td>resetOnReturn</td><td>ROLLBACK</td><td>what the pool does to a returned connection</td></tr>
 * <tr><td>echo / echoPool</td><td>OFF</td><td>log statements (and rows at DEBUG) / pool events</td></tr>
 * <tr><td>strategy</td><td>PLAIN</td><td>implicit execution's connection choice</td></tr>
 * <tr><td>isolationLevel</td><td>the driver's</td><td>isolation level for every connection</td></tr>
 * <tr><td>connectArgs</td><td>empty</td><td>extra driver connection properties</td></tr>
 * <tr><td>executionOptions</td><td>none</td><td>default execution options</td></tr>
 * <tr><td>dialectOptions</td><td>empty</td><td>options only a dialect understands, such as Oracle's
 * {@code use_ansi}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class EngineOptions {
    private static final EngineOptions DEFAULTS = new Builder().build();

    private final int poolSize;
    private final int maxOverflow;
    private final Duration poolTimeout;
    private final Duration poolRecycle;
    private final boolean prePing;
    private final Pool pool;
    private final PoolFactory poolFactory;
    private final ConnectionCreator creator;
    private final ResetOnReturn resetOnReturn;
    private final Echo echo;
    private final Echo echoPool;
    private final Strategy strategy;
    private final String isolationLevel;
    private final Map<String, Object> connectArgs;
    private final ExecutionOptions executionOptions;
    private final Map<String, Object> dialectOptions;
    private final String loggingName;
    private final Duration leakDetectionThreshold;

    private EngineOptions(Builder b) {
        this.poolSize = b.poolSize;
        this.maxOverflow = b.maxOverflow;
        this.poolTimeout = b.poolTimeout;
        this.poolRecycle = b.poolRecycle;
        this.prePing = b.prePing;
        this.pool = b.pool;
        this.poolFactory = b.poolFactory;
        this.creator = b.creator;
        this.resetOnReturn = b.resetOnReturn;
        this.echo = b.echo;
        this.echoPool = b.echoPool;
        this.strategy = b.strategy;
        this.isolationLevel = b.isolationLevel;
        this.connectArgs = Collections.unmodifiableMap(new LinkedHashMap<>(b.connectArgs));
        this.executionOptions = b.executionOptions;
        this.dialectOptions = Collections.unmodifiableMap(new LinkedHashMap<>(b.dialectOptions));
        this.loggingName = b.loggingName;
        this.leakDetectionThreshold = b.leakDetectionThreshold;
    }

    /**
     * Returns the defaults.
     *
     * @return options with every default
     */
    public static EngineOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts a builder holding the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.poolSize = poolSize;
        b.maxOverflow = maxOverflow;
        b.poolTimeout = poolTimeout;
        b.poolRecycle = poolRecycle;
        b.prePing = prePing;
        b.pool = pool;
        b.poolFactory = poolFactory;
        b.creator = creator;
        b.resetOnReturn = resetOnReturn;
        b.echo = echo;
        b.echoPool = echoPool;
        b.strategy = strategy;
        b.isolationLevel = isolationLevel;
        b.connectArgs.putAll(connectArgs);
        b.executionOptions = executionOptions;
        b.dialectOptions.putAll(dialectOptions);
        b.loggingName = loggingName;
        b.leakDetectionThreshold = leakDetectionThreshold;
        return b;
    }

    /**
     * Builds options from string-keyed values, as a configuration file or Configuration Admin supplies
     * them. Keys may be written in snake_case ({@code pool_size}) or camelCase ({@code poolSize}); values
     * may be strings or already-typed values. A key {@code connect_args.NAME} sets a driver connect
     * argument; a key {@code execution_options.NAME} a default execution option; any key not known here is
     * handed to the dialect as a dialect option, and the dialect rejects what it does not know.
     *
     * @param map the options
     * @return the options
     * @throws ArgumentException naming the key and the expected form when a value is wrong
     */
    public static EngineOptions fromMap(Map<String, ?> map) {
        return EngineOptionsParser.parse(map);
    }

    /** @return the number of connections a queue pool keeps open */
    public int poolSize() {
        return poolSize;
    }

    /** @return how many connections a queue pool may open beyond {@link #poolSize()}; -1 for no limit */
    public int maxOverflow() {
        return maxOverflow;
    }

    /** @return how long a checkout waits for a free connection */
    public Duration poolTimeout() {
        return poolTimeout;
    }

    /** @return the age past which a connection is replaced at checkout, or {@code null} for never */
    public Duration poolRecycle() {
        return poolRecycle;
    }

    /** @return whether a connection is tested at checkout */
    public boolean prePing() {
        return prePing;
    }

    /** @return the pool instance to use, or {@code null} */
    public Pool pool() {
        return pool;
    }

    /** @return the factory that makes the pool, or {@code null} for the dialect's choice */
    public PoolFactory poolFactory() {
        return poolFactory;
    }

    /** @return the supplier of driver connections, or {@code null} for the dialect's driver */
    public ConnectionCreator creator() {
        return creator;
    }

    /** @return what the pool does to returned connections */
    public ResetOnReturn resetOnReturn() {
        return resetOnReturn;
    }

    /** @return the engine's statement logging */
    public Echo echo() {
        return echo;
    }

    /** @return the pool's event logging */
    public Echo echoPool() {
        return echoPool;
    }

    /** @return the implicit execution strategy */
    public Strategy strategy() {
        return strategy;
    }

    /** @return the isolation level for every connection, or {@code null} for the driver's default */
    public String isolationLevel() {
        return isolationLevel;
    }

    /** @return extra driver connection properties (unmodifiable) */
    public Map<String, Object> connectArgs() {
        return connectArgs;
    }

    /** @return the engine's default execution options */
    public ExecutionOptions executionOptions() {
        return executionOptions;
    }

    /** @return options for the dialect (unmodifiable) */
    public Map<String, Object> dialectOptions() {
        return dialectOptions;
    }

    /** @return the name used in log lines, or {@code null} for one derived from the URL */
    public String loggingName() {
        return loggingName;
    }

    /**
     * @return how long a connection may stay checked out before the pool warns, with the stack of its
     *     checkout, that it may have leaked; {@code null} for no leak detection
     */
    public Duration leakDetectionThreshold() {
        return leakDetectionThreshold;
    }

    @Override
    public String toString() {
        return "EngineOptions[poolSize=" + poolSize + ", maxOverflow=" + maxOverflow + ", poolTimeout="
                + poolTimeout + ", poolRecycle=" + poolRecycle + ", prePing=" + prePing
                + ", leakDetectionThreshold=" + leakDetectionThreshold + ", resetOnReturn="
                + resetOnReturn + ", echo=" + echo + ", echoPool=" + echoPool + ", strategy=" + strategy
                + ", isolationLevel=" + isolationLevel + ", connectArgs=" + ConnectArgs.mask(connectArgs)
                + ", executionOptions=" + executionOptions.asMap() + ", dialectOptions=" + dialectOptions
                + "]";
    }

    /**
     * Builds {@link EngineOptions}; not thread-safe, use from one thread.
     */
    public static final class Builder {
        private int poolSize = 5;
        private int maxOverflow = 10;
        private Duration poolTimeout = Duration.ofSeconds(30);
        private Duration poolRecycle;
        private boolean prePing;
        private Pool pool;
        private PoolFactory poolFactory;
        private ConnectionCreator creator;
        private ResetOnReturn resetOnReturn = ResetOnReturn.ROLLBACK;
        private Echo echo = Echo.OFF;
        private Echo echoPool = Echo.OFF;
        private Strategy strategy = Strategy.PLAIN;
        private String isolationLevel;
        private final Map<String, Object> connectArgs = new LinkedHashMap<>();
        private ExecutionOptions executionOptions = ExecutionOptions.none();
        private final Map<String, Object> dialectOptions = new LinkedHashMap<>();
        private String loggingName;
        private Duration leakDetectionThreshold;

        private Builder() {
        }

        /**
         * Sets how many connections a queue pool keeps open (default 5); 0 means no limit.
         *
         * @param value the size, at least 0
         * @return this builder
         */
        public Builder poolSize(int value) {
            if (value < 0) {
                throw new ArgumentException("poolSize must be 0 (no limit) or more, not " + value + ".");
            }
            this.poolSize = value;
            return this;
        }

        /**
         * Sets how many connections a queue pool may open beyond its size (default 10); -1 means no limit.
         *
         * @param value the overflow, -1 or more
         * @return this builder
         */
        public Builder maxOverflow(int value) {
            if (value < -1) {
                throw new ArgumentException("maxOverflow must be -1 (no limit) or more, not " + value + ".");
            }
            this.maxOverflow = value;
            return this;
        }

        /**
         * Sets how long a checkout waits for a free connection (default 30 s).
         *
         * @param value the timeout, zero or positive
         * @return this builder
         */
        public Builder poolTimeout(Duration value) {
            if (value == null || value.isNegative()) {
                throw new ArgumentException("poolTimeout must be zero or positive, not " + value + ".");
            }
            this.poolTimeout = value;
            return this;
        }

        /**
         * Sets the age past which a connection is closed and replaced at checkout; {@code null} (the
         * default) for never.
         *
         * @param value the age, positive, or {@code null}
         * @return this builder
         */
        public Builder poolRecycle(Duration value) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new ArgumentException("poolRecycle must be positive or unset, not " + value + ".");
            }
            this.poolRecycle = value;
            return this;
        }

        /**
         * Sets whether each checkout tests the connection first (default false).
         *
         * @param value whether to pre-ping
         * @return this builder
         */
        public Builder prePing(boolean value) {
            this.prePing = value;
            return this;
        }

        /**
         * Uses this pool instance; the engine then ignores its own pool and creator options.
         *
         * @param value the pool
         * @return this builder
         */
        public Builder pool(Pool value) {
            this.pool = value;
            return this;
        }

        /**
         * Uses this factory to make the pool, for example {@code QueuePool::new} or a subclass's constructor
         * reference.
         *
         * @param value the factory
         * @return this builder
         */
        public Builder poolFactory(PoolFactory value) {
            this.poolFactory = value;
            return this;
        }

        /**
         * Uses this pool class (seed 002's {@code poolclass}); it needs a public constructor taking
         * {@code (ConnectionCreator, PoolConfig)}.
         *
         * @param value the pool class
         * @return this builder
         */
        public Builder poolClass(Class<? extends Pool> value) {
            this.poolFactory = PoolFactory.ofClass(value);
            return this;
        }

        /**
         * Uses this supplier of driver connections instead of the dialect's driver.
         *
         * @param value the creator
         * @return this builder
         */
        public Builder creator(ConnectionCreator value) {
            this.creator = value;
            return this;
        }

        /**
         * Sets what the pool does to returned connections (default ROLLBACK).
         *
         * @param value the reset
         * @return this builder
         */
        public Builder resetOnReturn(ResetOnReturn value) {
            this.resetOnReturn = java.util.Objects.requireNonNull(value, "resetOnReturn");
            return this;
        }

        /**
         * Sets statement logging (default OFF).
         *
         * @param value the level
         * @return this builder
         */
        public Builder echo(Echo value) {
            this.echo = java.util.Objects.requireNonNull(value, "echo");
            return this;
        }

        /**
         * Sets pool event logging (default OFF).
         *
         * @param value the level
         * @return this builder
         */
        public Builder echoPool(Echo value) {
            this.echoPool = java.util.Objects.requireNonNull(value, "echoPool");
            return this;
        }

        /**
         * Sets the implicit execution strategy (default PLAIN).
         *
         * @param value the strategy
         * @return this builder
         */
        public Builder strategy(Strategy value) {
            this.strategy = java.util.Objects.requireNonNull(value, "strategy");
            return this;
        }

        /**
         * Sets the isolation level of every connection, such as {@code READ COMMITTED} or
         * {@code AUTOCOMMIT}; the dialect checks the name when the engine is created.
         *
         * @param value the level, or {@code null} for the driver's default
         * @return this builder
         */
        public Builder isolationLevel(String value) {
            this.isolationLevel = value == null ? null : value.trim().toUpperCase(Locale.ROOT)
                    .replace('_', ' ');
            return this;
        }

        /**
         * Adds a driver connection property.
         *
         * @param name the property name
         * @param value its value
         * @return this builder
         */
        public Builder connectArg(String name, Object value) {
            this.connectArgs.put(name, value);
            return this;
        }

        /**
         * Adds driver connection properties.
         *
         * @param values the properties
         * @return this builder
         */
        public Builder connectArgs(Map<String, ?> values) {
            this.connectArgs.putAll(values);
            return this;
        }

        /**
         * Sets the engine's default execution options.
         *
         * @param value the options
         * @return this builder
         */
        public Builder executionOptions(ExecutionOptions value) {
            this.executionOptions = value == null ? ExecutionOptions.none() : value;
            return this;
        }

        /**
         * Adds an option for the dialect, such as Oracle's {@code use_ansi}.
         *
         * @param name the option name
         * @param value its value
         * @return this builder
         */
        public Builder dialectOption(String name, Object value) {
            this.dialectOptions.put(name, value);
            return this;
        }

        /**
         * Sets the name used in log lines.
         *
         * @param value the name
         * @return this builder
         */
        public Builder loggingName(String value) {
            this.loggingName = value;
            return this;
        }

        /**
         * Turns on the pool's leak detection (HikariCP's {@code leakDetectionThreshold}): a connection checked
         * out for longer than this is reported in a WARN log line with the stack of its checkout, and
         * {@code Pool.checkouts()} shows that stack. The stack is captured at each checkout only while this
         * is set; {@code null} (the default) turns it off.
         *
         * @param value the threshold, positive, or {@code null}
         * @return this builder
         */
        public Builder leakDetectionThreshold(Duration value) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new ArgumentException("leakDetectionThreshold must be positive or unset, not " + value + ".");
            }
            this.leakDetectionThreshold = value;
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
