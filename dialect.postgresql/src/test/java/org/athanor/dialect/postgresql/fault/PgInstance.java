package org.athanor.dialect.postgresql.fault;

import java.nio.file.Path;
import org.athanor.engine.URL;
import org.athanor.testing.fault.ServerInstance;
import org.athanor.testing.fault.ServerProcess;

/**
 * A PostgreSQL server of the test's own: a cluster made by {@code initdb} in a temporary folder owned by OS
 * user {@code postgres}, on a free port with its socket in that folder, started and stopped with
 * {@code pg_ctl} as that user (the tools of {@code ATHANOR_PG_BIN}, default {@value #DEFAULT_BIN}). The
 * machine's shared server is never touched. Durability is off ({@code fsync=off}): it is a test server.
 *
 * <p>Not thread-safe: one thread controls it.
 */
final class PgInstance implements ServerInstance {
    static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";

    private final String bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private boolean running;

    PgInstance() {
        String configured = System.getenv("ATHANOR_PG_BIN");
        bin = configured == null || configured.isBlank() ? DEFAULT_BIN : configured;
        dir = ServerProcess.folderFor("athanor-pg-", "postgres");
        data = dir.resolve("data");
        port = ServerProcess.freePort();
        ServerProcess.run(120, ServerProcess.asUser("postgres", bin + "/initdb", "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-sync"));
    }

    @Override
    public URL url() {
        return URL.parse("postgresql://postgres@127.0.0.1:" + port + "/postgres");
    }

    @Override
    public void start() {
        ServerProcess.run(60, ServerProcess.asUser("postgres", bin + "/pg_ctl", "-D", data.toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "30", "-o", "-p " + port + " -k " + dir
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=16MB", "start"));
        running = true;
    }

    @Override
    public void stop() {
        ServerProcess.run(60, ServerProcess.asUser("postgres", bin + "/pg_ctl", "-D", data.toString(), "-m", "fast",
                "-w", "-t", "30", "stop"));
        running = false;
    }

    @Override
    public void close() {
        try {
            if (running) {
                ServerProcess.run(60, ServerProcess.asUser("postgres", bin + "/pg_ctl", "-D", data.toString(), "-m",
                        "immediate", "-w", "stop"));
                running = false;
            }
        } finally {
            ServerProcess.delete(dir);
        }
    }
}
