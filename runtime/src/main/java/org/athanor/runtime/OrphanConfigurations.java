package org.athanor.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Deletes, as soon as Configuration Admin starts and before FileInstall does, the configurations that
 * FileInstall made from {@code .cfg} files which no longer exist, so that deleting such a file while Athanor
 * is stopped removes its configuration just as deleting it while Athanor runs does.
 *
 * <p>FileInstall cannot do this itself here: it remembers the files it applied in the framework's storage,
 * which the launcher starts afresh every time, while Configuration Admin keeps its configurations in the
 * working folder. The file a configuration came from is in its {@value #FILENAME} property.
 *
 * <p>Thread safety: a service tracker; the framework calls it from its own threads, one event at a time.
 */
final class OrphanConfigurations extends ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> {
    /** The property in which FileInstall records the file (a {@code file:} URI) a configuration came from. */
    static final String FILENAME = "felix.fileinstall.filename";

    /**
     * Creates the tracker; {@link #open()} starts it.
     *
     * @param context the runtime bundle's context
     */
    OrphanConfigurations(BundleContext context) {
        super(context, ConfigurationAdmin.class, null);
    }

    @Override
    public ConfigurationAdmin addingService(ServiceReference<ConfigurationAdmin> reference) {
        ConfigurationAdmin admin = super.addingService(reference);
        if (admin != null) {
            deleteOrphans(admin);
        }
        return admin;
    }

    /**
     * Deletes every configuration whose {@value #FILENAME} names a file that does not exist.
     *
     * @param admin Configuration Admin
     */
    static void deleteOrphans(ConfigurationAdmin admin) {
        Configuration[] configurations;
        try {
            configurations = admin.listConfigurations("(" + FILENAME + "=*)");
        } catch (IOException | InvalidSyntaxException e) {
            System.err.println("athanor: cannot list the configurations made from files: " + e);
            return;
        }
        if (configurations == null) {
            return;
        }
        for (Configuration configuration : configurations) {
            Dictionary<String, Object> properties = configuration.getProperties();
            Object file = properties == null ? null : properties.get(FILENAME);
            if (file != null && !exists(file.toString())) {
                try {
                    configuration.delete();
                } catch (IOException | IllegalStateException e) {
                    System.err.println("athanor: cannot delete the configuration " + configuration.getPid()
                            + " of the deleted file " + file + ": " + e);
                }
            }
        }
    }

    private static boolean exists(String fileUri) {
        try {
            return Files.exists(Path.of(URI.create(fileUri)));
        } catch (IllegalArgumentException e) {
            return true; // not a file URI FileInstall wrote: leave it alone
        }
    }
}
