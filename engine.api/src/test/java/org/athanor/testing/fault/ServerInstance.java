package org.athanor.testing.fault;

import org.athanor.engine.URL;

/**
 * A database server of a test's own — its own data folder and port, started with the database's own tools
 * as its own OS user — so that a test may stop and restart it without touching the machine's shared
 * server. {@link #close()} stops it and deletes its folder.
 *
 * <p>Not thread-safe: one thread controls it.
 */
public interface ServerInstance extends AutoCloseable {

    /**
     * Returns the URL of the instance's default database as its superuser.
     *
     * @return the URL
     */
    URL url();

    /**
     * Starts the server and returns once it accepts connections.
     */
    void start();

    /**
     * Stops the server (a fast shutdown: sessions are ended) and returns once it is down.
     */
    void stop();

    /** Stops the server if it runs and deletes its folder. */
    @Override
    void close();
}
