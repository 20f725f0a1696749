package org.athanor.engine.impl.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectInfo;
import org.athanor.dialect.DialectRegistry;
import org.athanor.exc.ArgumentException;
import org.athanor.exc.UnknownDialectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dialect registry (seed 001's "Registering New Dialects"): dialects found through
 * {@link ServiceLoader} (discovered lazily, on the first lookup), dialects provided dynamically (by an OSGi
 * tracker, through {@link #addProvided}), and in-process registrations by class name (loaded on first use)
 * or supplier.
 *
 * <p>Resolution: {@code name+driver} finds the in-process registration {@code name.driver}, else the
 * provided dialect of that qualified name with the highest ranking. A plain {@code name} finds an
 * in-process registration under that plain name, else the highest-ranking provided dialect of that name that
 * is a default driver (if none is marked default, the highest-ranking of that name); if an in-process
 * registration has the winner's qualified name, it takes the winner's place. In-process registrations thus
 * override provided ones of the same qualified name. Every engine gets a fresh dialect instance.
 *
 * <p>Removal (of a provided dialect or an in-process registration) tells every engine built on it
 * ({@link DialectDependent}) and then every {@link RegistryListener}.
 *
 * <p>Thread-safe: registrations are guarded by the registry's lock; listeners are called outside it.
 */
public final class DialectRegistryImpl implements DialectRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DialectRegistryImpl.class);
    /** The source of ServiceLoader registrations. */
    public static final String SERVICE_LOADER = "ServiceLoader";
    /** The source of in-process registrations. */
    public static final String IN_PROCESS = "in-process";

    private final boolean useServiceLoader;
    private final List<ClassLoader> loaders;
    private boolean discovered;
    private final Map<String, Registration> inProcess = new LinkedHashMap<>();
    private final List<Registration> provided = new ArrayList<>();
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates a registry that discovers dialects through ServiceLoader with the thread context class loader
     * and this class's loader.
     */
    public DialectRegistryImpl() {
        this(true, defaultLoaders());
    }

    /**
     * Creates a registry.
     *
     * @param useServiceLoader whether to discover dialects through ServiceLoader (false in OSGi, where
     *     services provide them)
     * @param loaders the class loaders to discover with
     */
    public DialectRegistryImpl(boolean useServiceLoader, List<ClassLoader> loaders) {
        this.useServiceLoader = useServiceLoader;
        this.loaders = List.copyOf(loaders);
    }

    private static List<ClassLoader> defaultLoaders() {
        Set<ClassLoader> set = new LinkedHashSet<>();
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        if (tccl != null) {
            set.add(tccl);
        }
        set.add(DialectRegistryImpl.class.getClassLoader());
        return new ArrayList<>(set);
    }

    // ------------------------------------------------------------------ in-process registration

    @Override
    public void register(String name, String className, ClassLoader classLoader) {
        if (className == null || className.isBlank()) {
            throw new ArgumentException("register(\"" + name + "\", className, classLoader) needs a class name.");
        }
        ClassLoader cl = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        register(name, new LazyClassSupplier(name, className.trim(), cl), IN_PROCESS + " (" + className + ")");
    }

    @Override
    public void register(String name, Supplier<? extends Dialect> supplier) {
        if (supplier == null) {
            throw new ArgumentException("register(\"" + name + "\", supplier) needs a supplier.");
        }
        register(name, supplier, IN_PROCESS);
    }

    private void register(String name, Supplier<? extends Dialect> supplier, String source) {
        String[] parts = split(name, "register");
        Registration reg = new Registration(parts[0], parts[1], parts[1] == null, Integer.MAX_VALUE, source, true,
                supplier);
        Registration old;
        synchronized (this) {
            old = inProcess.put(reg.qualifiedName(), reg);
        }
        if (old != null) {
            old.markRemoved();
            fireRemoved(old);
        }
        fireAdded(reg);
    }

    @Override
    public boolean unregister(String name) {
        String[] parts = split(name, "unregister");
        String key = parts[1] == null ? parts[0] : parts[0] + "+" + parts[1];
        Registration old;
        synchronized (this) {
            old = inProcess.remove(key);
        }
        if (old == null) {
            return false;
        }
        old.markRemoved();
        fireRemoved(old);
        return true;
    }

    // ------------------------------------------------------------------ dynamic (OSGi) providers

    /**
     * Adds a dialect provided from outside (an OSGi service): usable at once.
     *
     * @param source where it comes from, such as a bundle's symbolic name
     * @param name the database name
     * @param driver the driver name
     * @param defaultDriver whether {@code name://} may resolve to it
     * @param ranking its ranking among defaults
     * @param supplier makes a new instance per engine
     * @return the registration, to pass to {@link #removeProvided(Registration)}
     */
    public Registration addProvided(String source, String name, String driver, boolean defaultDriver, int ranking,
            Supplier<? extends Dialect> supplier) {
        return addProvided(source, name, driver, defaultDriver, ranking, supplier, null);
    }

    /**
     * Adds a dialect provided from outside whose instances are given back when their engine is disposed (an
     * OSGi prototype service): usable at once.
     *
     * @param source where it comes from, such as a bundle's symbolic name
     * @param name the database name
     * @param driver the driver name
     * @param defaultDriver whether {@code name://} may resolve to it
     * @param ranking its ranking among defaults
     * @param supplier makes a new instance per engine
     * @param releaser gives an instance back; {@code null} if instances need no release
     * @return the registration, to pass to {@link #removeProvided(Registration)}
     */
    public Registration addProvided(String source, String name, String driver, boolean defaultDriver, int ranking,
            Supplier<? extends Dialect> supplier, Consumer<? super Dialect> releaser) {
        Registration reg = new Registration(lower(name), lower(driver), defaultDriver, ranking, source, false,
                supplier, releaser);
        synchronized (this) {
            provided.add(reg);
        }
        fireAdded(reg);
        return reg;
    }

    /**
     * Removes a provided dialect: engines built on it are told (and dispose themselves), then listeners.
     *
     * @param registration what {@link #addProvided} returned
     * @return whether it was registered
     */
    public boolean removeProvided(Registration registration) {
        boolean was;
        synchronized (this) {
            was = provided.remove(registration);
        }
        if (was) {
            registration.markRemoved();
            fireRemoved(registration);
        }
        return was;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     */
    public void addListener(RegistryListener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     */
    public void removeListener(RegistryListener listener) {
        listeners.remove(listener);
    }

    // ------------------------------------------------------------------ lookup

    @Override
    public Dialect load(String name) {
        return resolve(name).newDialect();
    }

    /**
     * Finds the registration a URL's dialect name resolves to.
     *
     * @param urlName {@code name} or {@code name+driver} (or {@code name.driver})
     * @return the registration
     * @throws UnknownDialectException listing what is registered, if nothing matches
     */
    public synchronized Registration resolve(String urlName) {
        discover();
        String[] parts = split(urlName, "resolve");
        String name = parts[0];
        String driver = parts[1];
        Registration found;
        if (driver != null) {
            found = inProcess.get(name + "+" + driver);
            if (found == null) {
                found = provided.stream().filter(r -> name.equals(r.name()) && driver.equals(r.driver()))
                        .max(RANKING).orElse(null);
            }
        } else {
            found = inProcess.get(name);
            if (found == null) {
                List<Registration> sameName = provided.stream().filter(r -> name.equals(r.name())).toList();
                Registration best = sameName.stream().filter(Registration::isDefaultDriver).max(RANKING)
                        .orElseGet(() -> sameName.stream().max(RANKING).orElse(null));
                if (best != null) {
                    found = inProcess.getOrDefault(best.qualifiedName(), best);
                }
            }
        }
        if (found == null) {
            throw new UnknownDialectException(urlName, registeredNames());
        }
        return found;
    }

    /** Higher ranking wins; among equals, the alphabetically first qualified name, so the choice is stable. */
    private static final Comparator<Registration> RANKING = Comparator.comparingInt(Registration::ranking)
            .thenComparing(Registration::qualifiedName, Comparator.reverseOrder());

    @Override
    public synchronized List<DialectInfo> dialects() {
        discover();
        Map<String, DialectInfo> out = new LinkedHashMap<>();
        for (Registration r : provided) {
            out.putIfAbsent(r.qualifiedName() + " " + r.source(), r.info());
        }
        for (Registration r : inProcess.values()) {
            out.put(r.qualifiedName() + " " + r.source(), r.info());
        }
        List<DialectInfo> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(DialectInfo::qualifiedName).thenComparing(DialectInfo::source));
        return list;
    }

    private List<String> registeredNames() {
        Set<String> names = new TreeSet<>();
        provided.forEach(r -> names.add(r.qualifiedName()));
        inProcess.values().forEach(r -> names.add(r.qualifiedName()));
        return new ArrayList<>(names);
    }

    // ------------------------------------------------------------------ ServiceLoader discovery

    private void discover() {
        if (discovered || !useServiceLoader) {
            return;
        }
        discovered = true;
        Set<String> seen = new LinkedHashSet<>();
        for (ClassLoader cl : loaders) {
            try {
                ServiceLoader.load(Dialect.class, cl).stream().forEach(p -> addDiscovered(p, seen));
            } catch (ServiceConfigurationError e) {
                LOG.warn("Dialect discovery through ServiceLoader failed with {}: {}", cl, e.toString());
            }
        }
    }

    private void addDiscovered(ServiceLoader.Provider<Dialect> provider, Set<String> seen) {
        Class<? extends Dialect> type;
        Dialect probe;
        try {
            type = provider.type();
            if (!seen.add(type.getName())) {
                return;
            }
            probe = provider.get();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            LOG.warn("Skipping a dialect listed in META-INF/services/org.athanor.dialect.Dialect that could not"
                    + " be loaded: {}", e.toString());
            return;
        }
        final Class<? extends Dialect> t = type;
        provided.add(new Registration(lower(probe.name()), lower(probe.driver()), probe.isDefaultDriver(),
                probe.ranking(), SERVICE_LOADER, false, () -> instantiate(t, probe.qualifiedName())));
    }

    static Dialect instantiate(Class<? extends Dialect> type, String registeredAs) {
        try {
            return type.getConstructor().newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new ArgumentException("The dialect class " + type.getName() + " registered as '" + registeredAs
                    + "' failed in its constructor: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ArgumentException("The dialect class " + type.getName() + " registered as '" + registeredAs
                    + "' needs a public no-argument constructor: " + e, e);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Splits {@code name}, {@code name.driver} or {@code name+driver} into lower-case parts. */
    private static String[] split(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new ArgumentException(what + "(...) needs a dialect name such as 'mysql' or 'mysql.foodialect'.");
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = t.indexOf('+');
        if (i < 0) {
            i = t.indexOf('.');
        }
        if (i == 0 || i == t.length() - 1) {
            throw new ArgumentException("'" + text + "' is not a dialect name; use 'name' or 'name.driver'"
                    + " (as in 'mysql.foodialect', which answers mysql+foodialect:// URLs).");
        }
        return i < 0 ? new String[] {t, null} : new String[] {t.substring(0, i), t.substring(i + 1)};
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private void fireAdded(Registration reg) {
        for (RegistryListener l : listeners) {
            try {
                l.dialectAdded(reg.info());
            } catch (RuntimeException e) {
                LOG.warn("A registry listener failed on the arrival of {}", reg, e);
            }
        }
    }

    private void fireRemoved(Registration reg) {
        for (RegistryListener l : listeners) {
            try {
                l.dialectRemoved(reg.info());
            } catch (RuntimeException e) {
                LOG.warn("A registry listener failed on the removal of {}", reg, e);
            }
        }
    }

    /** Loads a dialect class by name on first use (seed 001's {@code registry.register(...)}). */
    private static final class LazyClassSupplier implements Supplier<Dialect> {
        private final String registeredAs;
        private final String className;
        private final ClassLoader loader;
        private volatile Class<? extends Dialect> type;

        LazyClassSupplier(String registeredAs, String className, ClassLoader loader) {
            this.registeredAs = registeredAs;
            this.className = className;
            this.loader = loader;
        }

        @Override
        public Dialect get() {
            Class<? extends Dialect> t = type;
            if (t == null) {
                t = load();
                type = t;
            }
            return instantiate(t, registeredAs);
        }

        private Class<? extends Dialect> load() {
            Class<?> c;
            try {
                c = Class.forName(className, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ArgumentException("The dialect class " + className + " registered as '" + registeredAs
                        + "' could not be loaded with " + loader + ": " + e
                        + ". Check the class name and pass the class loader that can see it to register(...).", e);
            }
            if (!Dialect.class.isAssignableFrom(c)) {
                throw new ArgumentException("The class " + className + " registered as '" + registeredAs
                        + "' is not an org.athanor.dialect.Dialect; extend org.athanor.dialect.DefaultDialect.");
            }
            return c.asSubclass(Dialect.class);
        }
    }
}
