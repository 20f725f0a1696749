package org.athanor.engine.impl.osgi;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.config.EngineSpec;
import org.athanor.engine.impl.shell.EngineCatalog;
import org.athanor.engine.impl.shell.ShellException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The shell's {@link EngineCatalog} in OSGi: the published {@code Engine} services (as the Gogo component holds
 * them) and Configuration Admin's factory configurations of PID {@value EngineSpec#FACTORY_PID}. A configuration
 * made by {@code engine:create} is a named factory configuration ({@code org.athanor.engine~NAME}) bound to this
 * bundle, so it survives a restart.
 *
 * <p>Thread-safe: it keeps no state; Configuration Admin and the engine list are thread-safe.
 */
final class ConfigAdminCatalog implements EngineCatalog {
    /** The property FileInstall puts on the configurations it reads from files. */
    static final String FILEINSTALL_FILENAME = "felix.fileinstall.filename";
    private static final long POLL_MILLIS = 20;

    private final Supplier<List<Published>> engines;
    private final ConfigurationAdmin configurationAdmin;

    ConfigAdminCatalog(Supplier<List<Published>> engines, ConfigurationAdmin configurationAdmin) {
        this.engines = engines;
        this.configurationAdmin = configurationAdmin;
    }

    /**
     * Describes a published engine from its service properties.
     *
     * @param properties the {@code Engine} service's properties
     * @param engine the engine
     * @return the entry, or {@code null} if the service has no name
     */
    static Published published(Map<String, ?> properties, Engine engine) {
        Object name = properties.get(ConfiguredEngine.NAME);
        if (name == null) {
            return null;
        }
        Object dialect = properties.get(ConfiguredEngine.DIALECT);
        return new Published(name.toString(), engine,
                dialect != null ? dialect.toString() : engine.dialect().qualifiedName());
    }

    @Override
    public List<Published> engines() {
        List<Published> list = new ArrayList<>(engines.get());
        list.sort(Comparator.comparing(Published::name));
        return list;
    }

    @Override
    public List<Stored> configurations() {
        List<Stored> list = new ArrayList<>();
        for (Configuration c : list("(service.factoryPid=" + EngineSpec.FACTORY_PID + ")")) {
            Map<String, Object> properties = toMap(c.getProperties());
            Object name = properties.get(EngineSpec.NAME);
            Object file = properties.get(FILEINSTALL_FILENAME);
            list.add(new Stored(name == null ? "(no name: " + c.getPid() + ")" : name.toString(), properties,
                    file == null ? null : file.toString()));
        }
        list.sort(Comparator.comparing(Stored::name));
        return list;
    }

    @Override
    public void create(String name, Map<String, Object> properties) {
        try {
            Configuration c = configurationAdmin.getFactoryConfiguration(EngineSpec.FACTORY_PID, name);
            c.update(new Hashtable<>(properties));
        } catch (IOException e) {
            throw new ShellException("Configuration Admin could not store engine '" + name + "': " + e.getMessage());
        }
    }

    @Override
    public boolean delete(String name) {
        List<Configuration> found = list("(&(service.factoryPid=" + EngineSpec.FACTORY_PID + ")(" + EngineSpec.NAME
                + "=" + escape(name) + "))");
        for (Configuration c : found) {
            try {
                c.delete();
            } catch (IOException | IllegalStateException e) {
                throw new ShellException("Configuration Admin could not delete engine '" + name + "': "
                        + e.getMessage());
            }
        }
        return !found.isEmpty();
    }

    @Override
    public boolean await(String name, boolean published, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (engines.get().stream().anyMatch(p -> p.name().equals(name)) != published) {
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private List<Configuration> list(String filter) {
        try {
            Configuration[] found = configurationAdmin.listConfigurations(filter);
            return found == null ? List.of() : List.of(found);
        } catch (IOException | InvalidSyntaxException e) {
            throw new ShellException("Configuration Admin could not list engine configurations: " + e.getMessage());
        }
    }

    private static Map<String, Object> toMap(Dictionary<String, Object> dictionary) {
        if (dictionary == null) {
            return Collections.emptyMap();
        }
        Map<String, Object> map = new HashMap<>();
        for (Enumeration<String> keys = dictionary.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            map.put(key, dictionary.get(key));
        }
        return map;
    }

    /** Escapes a value for an LDAP filter. */
    static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
