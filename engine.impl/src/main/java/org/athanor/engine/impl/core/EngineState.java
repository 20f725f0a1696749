package org.athanor.engine.impl.core;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.function.Function;
import org.athanor.dialect.Dialect;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.ResetOnReturn;
import org.athanor.engine.URL;
import org.athanor.engine.impl.registry.DialectDependent;
import org.athanor.engine.impl.text.TextCache;
import org.athanor.engine.impl.text.TextStatement;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.exc.ResourceClosedException;
import org.athanor.pool.Pool;
import org.athanor.pool.PooledConnection;

/**
 * What every copy of one engine shares ({@code engine.executionOptions(...)} makes copies): URL, options,
 * dialect, pool, statement log, text statement caches, the once-only dialect initialization, the disposed
 * and dialect-gone flags, and the threadlocal strategy's per-thread connection and transactions.
 *
 * <p>Thread-safe.
 */
final class EngineState implements DialectDependent {
    /** Parsed text statements kept per engine and kind of parameters. */
    static final int TEXT_CACHE_SIZE = 512;

    private final URL url;
    private final EngineOptions options;
    private final Dialect dialect;
    private final Pool pool;
    private final ResetOnReturn resetOnReturn;
    private final EchoLog log;
    private final String isolationLevel;
    private final boolean autocommitLevel;
    private final TextCache<TextStatement> positional = new TextCache<>(TEXT_CACHE_SIZE);
    private final TextCache<TextStatement> named = new TextCache<>(TEXT_CACHE_SIZE);
    private final ResultShapes shapes = new ResultShapes(TEXT_CACHE_SIZE);
    /** The parsers the caches call on a miss, made once (a capturing lambda per lookup would allocate). */
    private final Function<String, TextStatement> parsePositional;
    private final Function<String, TextStatement> parseNamed;
    private final Object initLock = new Object();
    private volatile boolean initialized;
    private volatile boolean disposed;
    private volatile String goneDialect;
    private volatile Runnable onDispose;
    private final ThreadLocal<ConnectionCore> threadCore = new ThreadLocal<>();
    private final ThreadLocal<ArrayDeque<ThreadLocalTransaction>> threadTransactions =
            ThreadLocal.withInitial(ArrayDeque::new);

    EngineState(URL url, EngineOptions options, Dialect dialect, Pool pool, String isolationLevel) {
        this.url = url;
        this.options = options;
        this.dialect = dialect;
        this.pool = pool;
        this.resetOnReturn = pool.config().resetOnReturn();
        this.log = new EchoLog(options.loggingName(), options.echo());
        this.isolationLevel = isolationLevel;
        this.autocommitLevel = "AUTOCOMMIT".equals(isolationLevel);
        this.parsePositional = s -> TextStatement.positional(s, dialect);
        this.parseNamed = s -> TextStatement.named(s, dialect);
    }

    /**
     * Normalizes and checks an isolation level name against the dialect's.
     *
     * @param dialect the dialect
     * @param level the name, such as {@code read_committed}
     * @return the normalized name, such as {@code READ COMMITTED}
     */
    static String checkIsolationLevel(Dialect dialect, String level) {
        String norm = level.trim().toUpperCase(Locale.ROOT).replace('_', ' ');
        if (!dialect.isolationLevels().contains(norm)) {
            throw new ArgumentException("Isolation level '" + level + "' is not valid for " + dialect.qualifiedName()
                    + ". Valid levels: " + String.join(", ", new java.util.TreeSet<>(dialect.isolationLevels()))
                    + ".");
        }
        return norm;
    }

    URL url() {
        return url;
    }

    EngineOptions options() {
        return options;
    }

    Dialect dialect() {
        return dialect;
    }

    Pool pool() {
        return pool;
    }

    ResetOnReturn resetOnReturn() {
        return resetOnReturn;
    }

    EchoLog log() {
        return log;
    }

    boolean autocommitLevel() {
        return autocommitLevel;
    }

    String isolationLevel() {
        return isolationLevel;
    }

    TextStatement positionalText(String sql) {
        return positional.get(sql, parsePositional);
    }

    TextStatement namedText(String sql) {
        return named.get(sql, parseNamed);
    }

    ResultShapes shapes() {
        return shapes;
    }

    ThreadLocal<ConnectionCore> threadCore() {
        return threadCore;
    }

    ArrayDeque<ThreadLocalTransaction> threadTransactions() {
        return threadTransactions.get();
    }

    /**
     * Fails if the engine was disposed or its dialect went away. When the dialect left, the error names it, even
     * if the dialect left between the two reads: {@link #dialectRemoved} marks the dialect gone before it sets
     * {@code disposed}, so a thread that sees {@code disposed} looks again at the mark and finds it.
     */
    void checkUsable() {
        checkDialect();
        if (disposed) {
            checkDialect();
            throw new ResourceClosedException("The engine for " + url + " was disposed; create a new engine.");
        }
    }

    /** Fails if the dialect went away (connections still checked out may go on after a plain dispose). */
    void checkDialect() {
        String gone = goneDialect;
        if (gone != null) {
            throw new DialectUnavailableException(gone, "The dialect " + gone + " of the engine for " + url
                    + " is no longer available (its bundle was stopped, updated or uninstalled, or its"
                    + " registration was removed); the engine was disposed. Create a new engine once the dialect"
                    + " is back.");
        }
    }

    boolean isDisposed() {
        return disposed;
    }

    /**
     * Checks a connection out of the pool and wraps it in a core; initializes the dialect on the engine's first
     * connection.
     *
     * @return the core, with no lease yet
     */
    ConnectionCore checkout() {
        checkUsable();
        PooledConnection pooled = pool.connect();
        java.sql.Connection driver = null;
        try {
            driver = pooled.driverConnection();
            if (!initialized) {
                initialize(driver);
            }
            return new ConnectionCore(this, pooled, driver, Origin.capture());
        } catch (SQLException e) {
            boolean disconnect = isDisconnect(e);
            if (disconnect) {
                pooled.invalidate(e);
            } else {
                pooled.close();
            }
            throw dialect.wrapException(e, null, null, disconnect);
        } catch (RuntimeException | Error e) {
            pooled.close();
            throw e;
        }
    }

    private void initialize(java.sql.Connection driver) throws SQLException {
        synchronized (initLock) {
            if (!initialized) {
                dialect.initialize(driver);
                initialized = true;
            }
        }
    }

    boolean isDisconnect(SQLException e) {
        try {
            return dialect.isDisconnect(e);
        } catch (RuntimeException ex) {
            return false;
        }
    }

    /**
     * Sets what runs once the engine is disposed, after its pool: giving the dialect instance back to the
     * registration it came from.
     *
     * @param action the action
     */
    void onDispose(Runnable action) {
        onDispose = action;
    }

    /** Disposes the pool, then gives the dialect back; idempotent. */
    void dispose() {
        if (!disposed) {
            disposed = true;
            try {
                pool.dispose();
            } finally {
                Runnable action = onDispose;
                if (action != null) {
                    action.run();
                }
            }
        }
    }

    @Override
    public void dialectRemoved(String qualifiedName) {
        goneDialect = qualifiedName;
        if (disposed) {
            return; // disposed already (as at shutdown, when engines go before their dialects): nothing to say
        }
        log.logger().warn("The dialect {} went away; disposing the engine for {}.", qualifiedName, url);
        dispose();
    }
}
