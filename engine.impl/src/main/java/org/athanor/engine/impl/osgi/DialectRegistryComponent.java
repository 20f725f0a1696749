package org.athanor.engine.impl.osgi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.athanor.dialect.Dialect;
import org.athanor.dialect.DialectInfo;
import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.impl.EngineFactoryImpl;
import org.athanor.engine.impl.registry.DialectRegistryImpl;
import org.athanor.engine.impl.registry.Registration;
import org.athanor.exc.AthanorException;
import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DialectRegistry} service: tracks every {@code Dialect} service (see
 * {@link org.athanor.dialect.DialectServiceProperties}) and adds in-process registration. A dialect service
 * that appears is usable at once; one that goes away (its bundle stopped, updated, refreshed or uninstalled)
 * takes its registration with it, and every engine built on it is disposed.
 *
 * <p>Immediate, so that in-process registrations are not lost when no bundle happens to use the service for a
 * while. It never uses {@link java.util.ServiceLoader}: across bundles only services find dialects. The other
 * components of the bundle reach the registry's dynamic side ({@link #registryImpl()}) and its engine factory
 * through this component's own service.
 *
 * <p>Thread-safe: DS may bind and unbind dialects on any thread; the registry is thread-safe.
 */
@Component(service = {DialectRegistry.class, DialectRegistryComponent.class}, immediate = true)
public final class DialectRegistryComponent implements DialectRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(DialectRegistryComponent.class);

    private final DialectRegistryImpl registry = new DialectRegistryImpl(false, List.of());
    private final EngineFactoryImpl factory = new EngineFactoryImpl(registry);
    private final Map<Object, Registration> byService = new ConcurrentHashMap<>();

    /**
     * A dialect service arrived: registers it.
     *
     * @param objects its instances
     * @param properties its properties
     */
    @Reference(service = Dialect.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeDialect")
    void addDialect(ComponentServiceObjects<Dialect> objects, Map<String, Object> properties) {
        ProvidedDialect d;
        try {
            d = ProvidedDialect.of(objects, properties);
        } catch (AthanorException | LinkageError e) {
            LOG.error("Ignoring a Dialect service: {}", e.getMessage());
            return;
        }
        Registration registration = registry.addProvided(d.source(), d.name(), d.driver(), d.defaultDriver(),
                d.ranking(), d.supplier(), d.releaser());
        byService.put(properties.get(Constants.SERVICE_ID), registration);
        LOG.debug("Dialect {} registered", registration);
    }

    /**
     * A dialect service went away: removes it, which disposes the engines built on it.
     *
     * @param properties its properties
     */
    void removeDialect(Map<String, Object> properties) {
        Registration registration = byService.remove(properties.get(Constants.SERVICE_ID));
        if (registration != null) {
            registry.removeProvided(registration);
            LOG.debug("Dialect {} removed", registration);
        }
    }

    /**
     * Returns the registry with its dynamic side (listeners, resolution), for the bundle's other components.
     *
     * @return the registry
     */
    public DialectRegistryImpl registryImpl() {
        return registry;
    }

    /**
     * Returns the engine factory on this registry, for the bundle's other components.
     *
     * @return the factory
     */
    public EngineFactory factory() {
        return factory;
    }

    @Override
    public void register(String name, String className, ClassLoader classLoader) {
        registry.register(name, className, classLoader);
    }

    @Override
    public void register(String name, Supplier<? extends Dialect> supplier) {
        registry.register(name, supplier);
    }

    @Override
    public boolean unregister(String name) {
        return registry.unregister(name);
    }

    @Override
    public Dialect load(String name) {
        return registry.load(name);
    }

    @Override
    public List<DialectInfo> dialects() {
        return registry.dialects();
    }
}
