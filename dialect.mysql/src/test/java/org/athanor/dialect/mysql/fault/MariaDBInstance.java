package org.athanor.dialect.mysql.fault;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.athanor.engine.URL;
import org.athanor.testing.LiveDatabase;
import org.athanor.testing.fault.ServerInstance;
import org.athanor.testing.fault.ServerProcess;

/**
 * A MariaDB server of the test's own: a data folder made by {@code mariadb-install-db} in a temporary folder
 * owned by OS user {@code mysql}, {@code mariadbd} started on a free port with its own socket and pid file
 * ({@code --user=mysql} drops root), stopped by SIGTERM (a normal shutdown that ends every session). The
 * machine's shared server is never touched.
 *
 * <p>Not thread-safe: one thread controls it.
 */
final class MariaDBInstance implements ServerInstance {
    private static final String INSTALL = "/usr/bin/mariadb-install-db";
    private static final String SERVER = "/usr/sbin/mariadbd";

    private final String drivername;
    private final Path dir;
    private final Path data;
    private final int port;
    private Process process;

    MariaDBInstance(String drivername) {
        this.drivername = drivername;
        dir = ServerProcess.folderFor("athanor-mariadb-", "mysql");
        data = dir.resolve("data");
        port = ServerProcess.freePort();
        ServerProcess.run(120, List.of(INSTALL, "--no-defaults", "--user=mysql", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
    }

    @Override
    public URL url() {
        return URL.parse(drivername + "://root@127.0.0.1:" + port + "/mysql");
    }

    @Override
    public void start() {
        try {
            process = new ProcessBuilder(SERVER, "--no-defaults", "--user=mysql", "--datadir=" + data, "--port=" + port,
                    "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"),
                    "--pid-file=" + dir.resolve("mysqld.pid"), "--log-error=" + dir.resolve("error.log"),
                    "--skip-log-bin", "--innodb-buffer-pool-size=16M", "--skip-name-resolve")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            LiveDatabase.unavailable("Cannot start " + SERVER + ": " + e);
        }
        if (!ServerProcess.awaitPort(port, 30_000)) {
            throw new IllegalStateException("MariaDB of the test's own did not start; see " + dir.resolve("error.log"));
        }
    }

    @Override
    public void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        p.destroy(); // SIGTERM: a normal shutdown
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            ServerProcess.delete(dir);
        }
    }
}
