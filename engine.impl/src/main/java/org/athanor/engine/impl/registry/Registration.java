package org.athanor.engine.impl.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectInfo;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.DialectUnavailableException;

/**
 * One registration in a {@link DialectRegistryImpl}: where a dialect comes from, the names it answers, and a
 * supplier that makes a fresh dialect instance per engine (and, for an OSGi prototype service, a releaser that
 * gives an engine's instance back when the engine is disposed). It remembers (weakly) what was built on it so
 * that removing it can tell those engines.
 *
 * <p>Thread-safe.
 */
public final class Registration {
    private final String name;
    private final String driver;
    private final boolean defaultDriver;
    private final int ranking;
    private final String source;
    private final boolean inProcess;
    private final Supplier<? extends Dialect> supplier;
    private final Consumer<? super Dialect> releaser;
    private final Set<DialectDependent> dependents = Collections.newSetFromMap(new WeakHashMap<>());
    private volatile boolean removed;

    Registration(String name, String driver, boolean defaultDriver, int ranking, String source, boolean inProcess,
            Supplier<? extends Dialect> supplier) {
        this(name, driver, defaultDriver, ranking, source, inProcess, supplier, null);
    }

    Registration(String name, String driver, boolean defaultDriver, int ranking, String source, boolean inProcess,
            Supplier<? extends Dialect> supplier, Consumer<? super Dialect> releaser) {
        this.name = name;
        this.driver = driver;
        this.defaultDriver = defaultDriver;
        this.ranking = ranking;
        this.source = source;
        this.inProcess = inProcess;
        this.supplier = supplier;
        this.releaser = releaser;
    }

    /** @return the database name, such as {@code mysql} */
    public String name() {
        return name;
    }

    /** @return the driver name, or {@code null} for an in-process registration under a plain name */
    public String driver() {
        return driver;
    }

    /** @return {@code name+driver}, or {@code name} for a plain in-process registration */
    public String qualifiedName() {
        return driver == null ? name : name + "+" + driver;
    }

    /** @return whether {@code name://} may resolve to it */
    public boolean isDefaultDriver() {
        return defaultDriver;
    }

    /** @return its ranking among defaults of the same name */
    public int ranking() {
        return ranking;
    }

    /** @return where it came from */
    public String source() {
        return source;
    }

    boolean isInProcess() {
        return inProcess;
    }

    /**
     * Describes the registration.
     *
     * @return the description
     */
    public DialectInfo info() {
        return new DialectInfo(name, driver == null ? "default" : driver, defaultDriver, ranking, source);
    }

    /**
     * Makes a new dialect instance.
     *
     * @return the dialect
     * @throws DialectUnavailableException if the registration was removed
     * @throws ArgumentException if the supplier fails or returns nothing
     */
    public Dialect newDialect() {
        if (removed) {
            throw new DialectUnavailableException(qualifiedName(), "The dialect " + qualifiedName()
                    + " was removed from the registry (" + source + "); register or install it again.");
        }
        Dialect d;
        try {
            d = supplier.get();
        } catch (ArgumentException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new ArgumentException("The dialect registered as '" + qualifiedName() + "' (" + source
                    + ") could not be created: " + e, e);
        }
        if (d == null) {
            throw new ArgumentException("The dialect supplier registered as '" + qualifiedName() + "' ("
                    + source + ") returned null; it must return a new Dialect.");
        }
        return d;
    }

    /**
     * Gives back a dialect instance made by {@link #newDialect()} whose engine was disposed (or never built), so
     * that its provider can let it go (an OSGi prototype service instance is ungotten). Does nothing once the
     * registration was removed: its provider has let every instance go already. Never throws.
     *
     * @param dialect the instance
     */
    public void release(Dialect dialect) {
        if (releaser == null || removed || dialect == null) {
            return;
        }
        try {
            releaser.accept(dialect);
        } catch (RuntimeException e) {
            // the provider went away meanwhile and released its instances itself
        }
    }

    /**
     * Remembers, weakly, something built on this registration.
     *
     * @param dependent the engine
     */
    public void addDependent(DialectDependent dependent) {
        synchronized (dependents) {
            dependents.add(dependent);
        }
        if (removed) {
            dependent.dialectRemoved(qualifiedName());
        }
    }

    /**
     * Tells whether the registration was removed.
     *
     * @return whether removed
     */
    public boolean isRemoved() {
        return removed;
    }

    void markRemoved() {
        removed = true;
        List<DialectDependent> copy;
        synchronized (dependents) {
            copy = new ArrayList<>(dependents);
            dependents.clear();
        }
        for (DialectDependent d : copy) {
            d.dialectRemoved(qualifiedName());
        }
    }

    @Override
    public String toString() {
        return qualifiedName() + " (" + source + (defaultDriver ? ", default, ranking " + ranking : "") + ")";
    }
}
