package org.athanor.engine.impl.shell;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.config.EngineSpec;
import org.athanor.exc.AthanorException;

/**
 * What the shell commands need from their surroundings: the engines published now, the engine configurations
 * stored, and a way to store and delete configurations. In OSGi, the {@code Engine} services and Configuration
 * Admin's factory configurations of PID {@code org.athanor.engine}; in tests, a map.
 *
 * <p>Implementations must be thread-safe.
 */
public interface EngineCatalog {

    /**
     * An engine published under a name.
     *
     * @param name its name
     * @param engine the engine
     * @param dialect the qualified name of its dialect, such as {@code sqlite+xerial}
     */
    record Published(String name, Engine engine, String dialect) {
    }

    /**
     * A stored engine configuration.
     *
     * @param name the engine's name
     * @param properties its properties, password included: never print them as they are
     * @param file the file it was read from (by FileInstall), or {@code null}
     */
    record Stored(String name, Map<String, Object> properties, String file) {
    }

    /**
     * Lists the engines published now, sorted by name.
     *
     * @return the engines
     */
    List<Published> engines();

    /**
     * Lists the stored engine configurations, sorted by name.
     *
     * @return the configurations
     */
    List<Stored> configurations();

    /**
     * Stores a new engine configuration, which makes the engine once a dialect answers its URL.
     *
     * @param name the engine's name
     * @param properties its properties: {@code name}, {@code url}, maybe {@code .password}, options
     */
    void create(String name, Map<String, Object> properties);

    /**
     * Deletes the configuration of an engine, which disposes the engine.
     *
     * @param name the engine's name
     * @return whether there was one
     */
    boolean delete(String name);

    /**
     * Waits until an engine of that name is published (or withdrawn).
     *
     * @param name the engine's name
     * @param published whether to wait for it to be published rather than withdrawn
     * @param timeout how long to wait at most
     * @return whether it happened in time
     */
    boolean await(String name, boolean published, Duration timeout);

    /**
     * Finds a published engine.
     *
     * @param name its name
     * @return the engine
     * @throws ShellException if no engine of that name is published
     */
    default Published require(String name) {
        for (Published p : engines()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        Stored stored = configurations().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new ShellException("No engine named '" + name + "'; engine:list shows the engines,"
                        + " engine:create adds one."));
        String why;
        try {
            why = "no dialect answers " + EngineSpec.from(stored.properties()).url().drivername()
                    + ":// now (engine:dialects lists them), or the engine could not be built (see the log)";
        } catch (AthanorException e) {
            why = e.getMessage();
        }
        throw new ShellException("Engine '" + name + "' is not running: " + why);
    }
}
