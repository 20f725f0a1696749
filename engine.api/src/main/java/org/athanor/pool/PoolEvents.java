package org.athanor.pool;

import java.sql.Connection;
import java.util.Arrays;
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
 * remaining listeners still run, except for {@link #checkout}, whose exception the pool acts on.
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
        PoolListener[] old = listeners;
        PoolListener[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = listener;
        listeners = grown;
    }

    synchronized void remove(PoolListener listener) {
        PoolListener[] old = listeners;
        for (int i = 0; i < old.length; i++) {
            if (old[i] == listener) {
                PoolListener[] shrunk = new PoolListener[old.length - 1];
                System.arraycopy(old, 0, shrunk, 0, i);
                System.arraycopy(old, i + 1, shrunk, i, old.length - i - 1);
                listeners = shrunk;
                return;
            }
        }
    }

    List<PoolListener> snapshot() {
        return List.of(listeners);
    }

    /**
     * Delivers first-connect. Returns whether it was delivered to at least one listener without an
     * exception (as SQLAlchemy's "once unless exception": otherwise the next new connection tries again).
     */
    boolean firstConnect(Connection c, ConnectionRecord r) {
        PoolListener[] ls = listeners;
        boolean ok = ls.length != 0;
        for (PoolListener l : ls) {
            try {
                l.firstConnect(c, r);
            } catch (RuntimeException e) {
                ok = false;
                listenerFailed("firstConnect", l, e);
            }
        }
        return ok;
    }

    void connect(Connection c, ConnectionRecord r) {
        if (echo) {
            info("Created new connection {}", c);
        }
        for (PoolListener l : listeners) {
            try {
                l.connect(c, r);
            } catch (RuntimeException e) {
                listenerFailed("connect", l, e);
            }
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
