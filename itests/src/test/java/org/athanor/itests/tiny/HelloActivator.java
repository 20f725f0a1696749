package org.athanor.itests.tiny;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the trivial bundle {@code TinyBundles_InstallTest} builds inside the container: it
 * registers a {@link Runnable} with the property {@code greeting=hello} while the bundle is active.
 *
 * <p>Thread safety: called by the framework, which serializes start and stop.
 */
public class HelloActivator implements BundleActivator {
    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("greeting", "hello");
        context.registerService(Runnable.class, () -> { }, properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
