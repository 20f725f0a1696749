package org.athanor.engine.impl.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.impl.config.EngineSpec;
import org.athanor.exc.AthanorException;

/**
 * An {@link EngineCatalog} in maps, as Configuration Admin and the configuration component would behave: a
 * stored configuration whose dialect is registered is published at once; deleting it disposes the engine.
 *
 * <p>Not thread-safe; one per test.
 */
final class MapCatalog implements EngineCatalog {
    private final EngineFactory factory;
    final Map<String, Stored> stored = new TreeMap<>();
    final Map<String, Published> published = new TreeMap<>();

    MapCatalog(EngineFactory factory) {
        this.factory = factory;
    }

    /** Publishes an engine with no configuration behind it. */
    void publish(String name, Engine engine) {
        published.put(name, new Published(name, engine, engine.dialect().qualifiedName()));
    }

    /** Stores a configuration as a file would, without starting it. */
    void store(String name, Map<String, Object> properties, String file) {
        stored.put(name, new Stored(name, properties, file));
    }

    @Override
    public List<Published> engines() {
        List<Published> list = new ArrayList<>(published.values());
        list.sort(Comparator.comparing(Published::name));
        return list;
    }

    @Override
    public List<Stored> configurations() {
        return new ArrayList<>(stored.values());
    }

    @Override
    public void create(String name, Map<String, Object> properties) {
        stored.put(name, new Stored(name, Map.copyOf(properties), null));
        try {
            EngineSpec spec = EngineSpec.from(properties);
            publish(name, factory.createEngine(spec.url(), spec.options()));
        } catch (AthanorException e) {
            // waits for its dialect
        }
    }

    @Override
    public boolean delete(String name) {
        Published p = published.remove(name);
        if (p != null) {
            p.engine().dispose();
        }
        return stored.remove(name) != null;
    }

    @Override
    public boolean await(String name, boolean isPublished, Duration timeout) {
        return published.containsKey(name) == isPublished;
    }
}
