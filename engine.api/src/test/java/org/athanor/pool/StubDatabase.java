package org.athanor.pool;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fake database for pool tests: hands out {@link Connection} proxies that count every call, can be
 * made dead or made to fail, and remember whether they were closed.
 */
final class StubDatabase {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<Connection> created = new CopyOnWriteArrayList<>();
    private final AtomicInteger openNow = new AtomicInteger();
    private final AtomicInteger maxOpen = new AtomicInteger();
    /** If set, create() throws it. */
    volatile SQLException connectFailure;

    ConnectionCreator creator() {
        return this::create;
    }

    Connection create() throws SQLException {
        SQLException f = connectFailure;
        if (f != null) {
            throw f;
        }
        maxOpen.accumulateAndGet(openNow.incrementAndGet(), Math::max);
        Stub s = new Stub(ids.incrementAndGet());
        Connection c = (Connection) Proxy.newProxyInstance(StubDatabase.class.getClassLoader(),
                new Class<?>[] {Connection.class}, s);
        created.add(c);
        return c;
    }

    /** Calls of a Connection method so far, on every connection. */
    int calls(String method) {
        AtomicInteger n = calls.get(method);
        return n == null ? 0 : n.get();
    }

    /** Every call so far, on every connection, except the Object methods. */
    int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Connection> created() {
        return List.copyOf(created);
    }

    int createdCount() {
        return created.size();
    }

    int openCount() {
        return (int) created.stream().filter(c -> !stub(c).closed).count();
    }

    /** The most connections that were open at once. */
    int maxOpen() {
        return maxOpen.get();
    }

    static Stub stub(Connection c) {
        return (Stub) Proxy.getInvocationHandler(c);
    }

    static boolean isClosed(Connection c) {
        return stub(c).closed;
    }

    /** The state behind one fake connection. */
    final class Stub implements InvocationHandler {
        final int id;
        volatile boolean closed;
        /** A dead connection fails isValid and every other call with SQLState 08S01. */
        volatile boolean dead;
        volatile boolean failRollback;
        volatile boolean autoCommit;
        final AtomicInteger rollbacks = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        /** For tests that check a connection is held by one thread at a time. */
        final AtomicReference<Thread> owner = new AtomicReference<>();

        Stub(int id) {
            this.id = id;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            String name = m.getName();
            switch (name) {
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "equals":
                    return proxy == args[0];
                default:
                    break;
            }
            calls.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            switch (name) {
                case "toString":
                    return "StubConnection#" + id;
                case "close":
                    if (closes.incrementAndGet() == 1) {
                        openNow.decrementAndGet();
                    }
                    closed = true;
                    return null;
                case "isClosed":
                    return closed;
                case "isValid":
                    return !dead && !closed;
                default:
                    break;
            }
            if (closed) {
                throw new SQLNonTransientConnectionException("connection #" + id + " is closed", "08003");
            }
            if (dead) {
                throw new SQLNonTransientConnectionException("connection #" + id + " lost", "08S01");
            }
            switch (name) {
                case "getAutoCommit":
                    return autoCommit;
                case "setAutoCommit":
                    autoCommit = (Boolean) args[0];
                    return null;
                case "rollback":
                    if (failRollback) {
                        throw new SQLException("rollback failed on #" + id, "HY000");
                    }
                    rollbacks.incrementAndGet();
                    return null;
                default:
                    return defaultValue(m.getReturnType());
            }
        }

        private Object defaultValue(Class<?> t) {
            if (t == boolean.class) {
                return false;
            }
            if (t == int.class) {
                return 0;
            }
            if (t == long.class) {
                return 0L;
            }
            return null;
        }
    }
}
