package org.athanor.engine.impl.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a driver connection and counts the calls made on it by method name ({@code close}, {@code rollback},
 * {@code setAutoCommit}, ...), to prove what Athanor does and does not do to a connection. Calls listed as
 * swallowed are counted but not passed on (seed 002: the connection belongs to another framework).
 *
 * <p>Thread-safe counts.
 */
public final class CountingConnection implements InvocationHandler {
    private final Connection target;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    private CountingConnection(Connection target) {
        this.target = target;
    }

    /**
     * Wraps a connection.
     *
     * @param target the real connection
     * @return the counting handler; {@link #proxy()} is the wrapped connection
     */
    public static CountingConnection wrap(Connection target) {
        return new CountingConnection(target);
    }

    private volatile Connection proxy;

    /** @return the counting connection to hand out */
    public Connection proxy() {
        Connection p = proxy;
        if (p == null) {
            p = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    this);
            proxy = p;
        }
        return p;
    }

    /** @return the real connection */
    public Connection target() {
        return target;
    }

    /**
     * Returns how often a method was called.
     *
     * @param method the method name
     * @return the count
     */
    public int calls(String method) {
        AtomicInteger c = counts.get(method);
        return c == null ? 0 : c.get();
    }

    /** Forgets the counts. */
    public void reset() {
        counts.clear();
    }

    /** @return every count, by method name */
    public Map<String, AtomicInteger> counts() {
        return counts;
    }

    @Override
    public Object invoke(Object p, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> p == args[0];
                case "hashCode" -> System.identityHashCode(p);
                default -> "Counting[" + target + "]";
            };
        }
        counts.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
