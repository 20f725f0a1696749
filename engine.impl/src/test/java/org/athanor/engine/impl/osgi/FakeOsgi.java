package org.athanor.engine.impl.osgi;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.athanor.dialect.Dialect;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentServiceObjects;

/**
 * Just enough OSGi for unit tests of the components, without a framework: a bundle, dialect services as DS
 * hands them to a bind method, and a bundle context that records service registrations.
 *
 * <p>Not thread-safe; one per test.
 */
final class FakeOsgi {
    private static final AtomicLong IDS = new AtomicLong(1000);

    /** The services registered through {@link #context()} and not unregistered, with their properties. */
    final Map<Object, Map<String, Object>> registered = Collections.synchronizedMap(new HashMap<>());

    /** A dialect service as DS presents it: instances from a supplier, counted. */
    static final class DialectService implements ComponentServiceObjects<Dialect> {
        final Map<String, Object> properties = new HashMap<>();
        final List<Dialect> out = new ArrayList<>();
        int gets;
        private final Supplier<Dialect> instances;
        private final String bundle;

        DialectService(String bundle, Supplier<Dialect> instances, boolean prototype) {
            this.bundle = bundle;
            this.instances = instances;
            properties.put(Constants.SERVICE_ID, IDS.incrementAndGet());
            properties.put(Constants.SERVICE_SCOPE, prototype ? Constants.SCOPE_PROTOTYPE : Constants.SCOPE_SINGLETON);
        }

        DialectService with(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        @Override
        public Dialect getService() {
            gets++;
            Dialect d = instances.get();
            out.add(d);
            return d;
        }

        @Override
        public void ungetService(Dialect service) {
            out.remove(service);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ServiceReference<Dialect> getServiceReference() {
            Bundle b = bundle(bundle);
            return (ServiceReference<Dialect>) Proxy.newProxyInstance(FakeOsgi.class.getClassLoader(),
                    new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getBundle" -> b;
                        case "getProperty" -> properties.get((String) args[0]);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    static Bundle bundle(String symbolicName) {
        return (Bundle) Proxy.newProxyInstance(FakeOsgi.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> symbolicName;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A bundle context whose registerService records into {@link #registered}. */
    BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(FakeOsgi.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("registerService")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Object service = args[1];
                    Map<String, Object> props = new HashMap<>();
                    Dictionary<?, ?> d = (Dictionary<?, ?>) args[2];
                    Collections.list(d.keys()).forEach(k -> props.put((String) k, d.get(k)));
                    registered.put(service, props);
                    return registration(service);
                });
    }

    private ServiceRegistration<?> registration(Object service) {
        return (ServiceRegistration<?>) Proxy.newProxyInstance(FakeOsgi.class.getClassLoader(),
                new Class<?>[] {ServiceRegistration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("unregister")) {
                        if (registered.remove(service) == null) {
                            throw new IllegalStateException("already unregistered");
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
