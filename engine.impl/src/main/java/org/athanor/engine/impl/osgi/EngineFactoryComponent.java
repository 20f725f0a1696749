package org.athanor.engine.impl.osgi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The {@link EngineFactory} service: creates engines on the {@link DialectRegistryComponent}'s registry.
 *
 * <p>Bundle-scoped: each bundle that uses the service gets an instance of its own, and when that bundle lets go
 * of the service (it stops, or ungets it) the engines it created and did not dispose are disposed, so a
 * stopped application leaves no pooled connection open.
 *
 * <p>Thread-safe.
 */
@Component(service = EngineFactory.class, scope = ServiceScope.BUNDLE)
public final class EngineFactoryComponent implements EngineFactory {
    private final DialectRegistryComponent registry;
    private final Set<Engine> created = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    /**
     * Creates the factory for one using bundle.
     *
     * @param registry the registry component
     */
    @Activate
    public EngineFactoryComponent(@Reference DialectRegistryComponent registry) {
        this.registry = registry;
    }

    @Override
    public Engine createEngine(URL url, EngineOptions options) {
        Engine engine = registry.factory().createEngine(url, options);
        created.add(engine);
        return engine;
    }

    @Override
    public DialectRegistry registry() {
        return registry;
    }

    /** The using bundle let go of the service: disposes the engines it left behind. */
    @Deactivate
    void deactivate() {
        List<Engine> left;
        synchronized (created) {
            left = new ArrayList<>(created);
            created.clear();
        }
        left.forEach(Engine::dispose);
    }
}
