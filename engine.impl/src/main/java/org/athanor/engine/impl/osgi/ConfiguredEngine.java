package org.athanor.engine.impl.osgi;

import java.util.Hashtable;
import java.util.Map;
import org.athanor.dialect.DialectInfo;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.config.EngineSpec;
import org.athanor.engine.impl.registry.Registration;
import org.athanor.engine.impl.registry.RegistryListener;
import org.athanor.exc.AthanorException;
import org.athanor.exc.UnknownDialectException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine made from one factory configuration of PID {@value EngineSpec#FACTORY_PID} and published as an
 * {@link Engine} service with the properties {@value #NAME}, {@value #URL} (password masked) and
 * {@value #DIALECT} (the qualified name of the dialect it runs on).
 *
 * <p>The service follows its dialect: while no registered dialect answers the URL, there is no engine and no
 * service; when one arrives, the engine is built and published; when it leaves, the engine is disposed (by the
 * registry) and the service withdrawn, until a dialect answers again. Editing the configuration replaces the
 * engine (DS deactivates and reactivates the component); deleting it disposes the engine.
 *
 * <p>A configuration that is wrong (a missing name or URL, a value of the wrong type, an option the dialect
 * does not know) is reported in one error line of the log, and no engine is built. The password is never
 * logged.
 *
 * <p>Thread-safe: the registry's notices and DS's deactivation may come on different threads; the engine and
 * its registration are guarded by this object's lock, which is never held while a service is registered or
 * unregistered.
 */
@Component(configurationPid = EngineSpec.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = {}, immediate = true)
@Designate(ocd = EngineConfiguration.class, factory = true)
public final class ConfiguredEngine implements RegistryListener {
    /** The service property holding the engine's name. */
    public static final String NAME = "name";
    /** The service property holding the URL, password masked. */
    public static final String URL = "url";
    /** The service property holding the qualified name of the engine's dialect. */
    public static final String DIALECT = "athanor.dialect";

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredEngine.class);

    private final DialectRegistryComponent registry;
    private final BundleContext context;
    private final String pid;
    private final EngineSpec spec;
    private Engine engine;
    private ServiceRegistration<Engine> registration;
    private boolean closed;
    private String lastFailure;

    /**
     * Reads the configuration and, if a dialect answers its URL, builds and publishes the engine.
     *
     * @param registry the registry component
     * @param context this bundle's context, to publish the engine with
     * @param properties the configuration
     */
    @Activate
    public ConfiguredEngine(@Reference DialectRegistryComponent registry, BundleContext context,
            Map<String, Object> properties) {
        this.registry = registry;
        this.context = context;
        this.pid = String.valueOf(properties.get(Constants.SERVICE_PID));
        EngineSpec read;
        try {
            read = EngineSpec.from(properties);
        } catch (AthanorException e) {
            LOG.error("No engine from configuration {}: {}", pid, e.getMessage());
            read = null;
        }
        this.spec = read;
        if (spec != null) {
            registry.registryImpl().addListener(this);
            start();
        }
    }

    /** The configuration was deleted or changed, or the bundle stops: withdraws and disposes the engine. */
    @Deactivate
    void deactivate() {
        registry.registryImpl().removeListener(this);
        synchronized (this) {
            closed = true;
        }
        stop();
    }

    @Override
    public void dialectAdded(DialectInfo info) {
        start();
    }

    @Override
    public void dialectRemoved(DialectInfo info) {
        boolean lost;
        synchronized (this) {
            lost = engine != null && engine.isDisposed();
        }
        if (lost) {
            LOG.warn("Engine '{}' withdrawn: its dialect {} went away", spec.name(), info.qualifiedName());
            stop();
            start(); // another dialect may answer the same URL
        }
    }

    private void start() {
        Engine built;
        Registration dialect;
        synchronized (this) {
            if (closed || engine != null) {
                return;
            }
            try {
                dialect = registry.registryImpl().resolve(spec.url().drivername());
                built = registry.factory().createEngine(spec.url(), spec.options());
            } catch (UnknownDialectException e) {
                LOG.info("Engine '{}' waits for a dialect for {}://", spec.name(), spec.url().drivername());
                return;
            } catch (AthanorException e) {
                String failure = e.getMessage();
                if (!failure.equals(lastFailure)) { // once, not at every dialect arrival
                    LOG.error("No engine from configuration {}: engine '{}': {}", pid, spec.name(), failure);
                }
                lastFailure = failure;
                return;
            }
            lastFailure = null;
            engine = built; // claimed; published below, outside the lock
        }
        publish(built, dialect);
    }

    /** Registers the engine as a service, unless it was stopped meanwhile. Never under this object's lock. */
    private void publish(Engine built, Registration dialect) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(NAME, spec.name());
        props.put(URL, spec.url().toString());
        props.put(DIALECT, dialect.qualifiedName());
        props.put(EngineSpec.FACTORY_PID + ".pid", pid);
        ServiceRegistration<Engine> published;
        try {
            published = context.registerService(Engine.class, built, props);
        } catch (IllegalStateException e) { // the bundle is stopping
            stop();
            return;
        }
        boolean current;
        synchronized (this) {
            current = !closed && engine == built;
            if (current) {
                registration = published;
            }
        }
        if (current) {
            LOG.debug("Engine '{}' on {} published", spec.name(), spec.url());
        } else { // stopped while it was being published: stop() disposed it already
            unregister(published);
        }
    }

    private void stop() {
        Engine old;
        ServiceRegistration<Engine> published;
        synchronized (this) {
            old = engine;
            published = registration;
            engine = null;
            registration = null;
        }
        unregister(published);
        if (old != null) {
            old.dispose();
        }
    }

    private static void unregister(ServiceRegistration<Engine> published) {
        if (published != null) {
            try {
                published.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
    }
}
