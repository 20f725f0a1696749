package org.athanor.pool;

import java.sql.Connection;
import java.util.List;
import org.athanor.engine.Echo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pool's listeners and its log: delivers each event to every listener, and echoes events to SLF4J when
 * the pool's echo setting asks for it.
 *
 * <p>Listeners live in a copy-on-write array, so delivering an event takes no lock and a pool without
 * listeners pays one array-length read per event. A listener that throws is logged at WARN and the
 * remaining listeners still run, except for {@link #firstConnect}, {@link #connect} and {@link #checkout},
 * whose exceptions propagate to the pool, which acts on them.
 * Connections are named in log lines by class and identity hash only, never by {@code toString()}, which
 * for some drivers includes the URL and so possibly a password.
 *
 * <p>Thread-safe.
 */
final class PoolEvents {
    private static final PoolListener[] NONE = {};

    private final Logger log;
    private final String prefix;
    /** Echo ON or DEBUG: connects, checkouts, checkins, invalidations, closes at INFO. */
    final boolean echo;
    /** Echo DEBUG: resets too. */
    final boolean echoDebug;
    private volatile PoolListener[] listeners = NONE;

    PoolEvents(Class<?> poolClass, String loggingName, Echo level, List<PoolListener> initial) {
        this.log = LoggerFactory.getLogger(poolClass);
        this.prefix = loggingName == null ? "" : "[" + loggingName + "] ";
        this.echo = level != Echo.OFF;
        this.echoDebug = level == Echo.DEBUG;
        for (PoolListener l : initial) {
            add(l);
        }
    }

    boolean any() {
        return listeners.length != 0;
    }

    synchronized void add(PoolListener listener) {
        listeners = CopyOnWrite.with(listeners, listener);
    }

    synchronized void remove(PoolListener listener) {
        listeners = CopyOnWrite.without(listeners, listener);
    }

    List<PoolListener> snapshot() {
        return List.of(listeners);
    }

    /** Delivers first-connect; an exception propagates (the new connection is then closed). */
    void firstConnect(Connection c, ConnectionRecord r) {
        for (PoolListener l : listeners) {
            l.firstConnect(c, r);
        }
    }

    /** Delivers connect; an exception propagates (the new connection is then closed). */
    void connect(Connection c, ConnectionRecord r) {
        if (echo) {
            info("Created new connection {}", c);
        }
        for (PoolListener l : listeners) {
            l.connect(c, r);
        }
    }

    /** Delivers checkout; an exception propagates to the pool, which discards the connection. */
    void checkout(Connection c, ConnectionRecord r, PooledConnection h) {
        for (PoolListener l : listeners) {
            l.checkout(c, r, h);
        }
    }

    void checkin(Connection c, ConnectionRecord r) {
        if (echo) {
            info("Connection {} checked in to pool", c);
        }
        for (PoolListener l : listeners) {
            try {
                l.checkin(c, r);
            } catch (RuntimeException e) {
                listenerFailed("checkin", l, e);
            }
        }
    }

    void reset(Connection c, ConnectionRecord r, String how) {
        if (echoDebug) {
            log.info("{}Connection {} {}-on-return", prefix, describe(c), how);
        }
        for (PoolListener l : listeners) {
            try {
                l.reset(c, r);
            } catch (RuntimeException e) {
                listenerFailed("reset", l, e);
            }
        }
    }

    void invalidate(Connection c, ConnectionRecord r, Throwable cause) {
        if (cause == null) {
            infoAlways("Invalidate connection {}", c);
        } else if (echo) {
            log.info("{}Invalidate connection {} (reason: {}: {})", prefix, describe(c),
                    cause.getClass().getSimpleName(), cause.getMessage());
        } else {
            log.debug("{}Invalidate connection {} (reason: {}: {})", prefix, describe(c),
                    cause.getClass().getSimpleName(), cause.getMessage());
        }
        for (PoolListener l : listeners) {
            try {
                l.invalidate(c, r, cause);
            } catch (RuntimeException e) {
                listenerFailed("invalidate", l, e);
            }
        }
    }

    void detach(Connection c, ConnectionRecord r) {
        if (echo) {
            info("Connection {} detached from pool", c);
        }
        for (PoolListener l : listeners) {
            try {
                l.detach(c, r);
            } catch (RuntimeException e) {
                listenerFailed("detach", l, e);
            }
        }
    }

    void close(Connection c, ConnectionRecord r) {
        if (echo) {
            info("Closing connection {}", c);
        }
        for (PoolListener l : listeners) {
            try {
                l.close(c, r);
            } catch (RuntimeException e) {
                listenerFailed("close", l, e);
            }
        }
    }

    /** Logs at INFO if echo is on. */
    void info(String format, Connection c) {
        if (echo) {
            log.info(prefix + format, describe(c));
        }
    }

    /** Logs at INFO if echo is on, otherwise at DEBUG: for rare events (invalidation, recycle, dispose). */
    void infoAlways(String format, Connection c) {
        if (echo) {
            log.info(prefix + format, describe(c));
        } else if (log.isDebugEnabled()) {
            log.debug(prefix + format, describe(c));
        }
    }

    /** Logs a pool-level message at INFO if echo is on, otherwise at DEBUG. */
    void poolMessage(String message) {
        if (echo) {
            log.info("{}{}", prefix, message);
        } else {
            log.debug("{}{}", prefix, message);
        }
    }

    void warn(String message, Connection c, Throwable t) {
        log.warn("{}" + message, prefix, describe(c), t);
    }

    /**
     * Logs a leak detection message: a WARN with the checkout's stack when {@code trace} is given, an INFO
     * (the leaked connection came back) when it is {@code null}.
     */
    void leak(String message, String connection, String thread, Object since, Object threshold, Throwable trace) {
        if (trace != null) {
            log.warn("{}" + message, prefix, connection, thread, since, threshold, trace);
        } else {
            log.info("{}" + message, prefix, connection, thread, since);
        }
    }

    private void listenerFailed(String event, PoolListener l, RuntimeException e) {
        log.warn("{}Pool listener {} failed on the {} event; the pool carries on.", prefix,
                l.getClass().getName(), event, e);
    }

    /** Names a driver connection for logs without calling its toString(). */
    static String describe(Connection c) {
        return c == null ? "(none)" : c.getClass().getSimpleName() + "@"
                + Integer.toHexString(System.identityHashCode(c));
    }
}
