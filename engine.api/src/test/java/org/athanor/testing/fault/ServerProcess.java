package org.athanor.testing.fault;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.athanor.testing.LiveDatabase;

/**
 * Helpers for {@link ServerInstance} implementations: a folder owned by the server's OS user, a free port,
 * running a tool as that user (through {@code runuser} when the tests run as root), waiting for a port.
 *
 * <p>Stateless and thread-safe.
 */
public final class ServerProcess {
    private ServerProcess() {
    }

    /**
     * Makes a new folder under the temporary folder, owned by an OS user and private to it.
     *
     * @param prefix the folder name's start
     * @param osUser the owner, such as {@code postgres}
     * @return the folder
     */
    public static Path folderFor(String prefix, String osUser) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(osUser);
            Files.setOwner(dir, owner);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            return dir;
        } catch (IOException | UnsupportedOperationException e) {
            LiveDatabase.unavailable("Cannot make a folder owned by OS user " + osUser + " for a server of the"
                    + " test's own (" + e + "); run the tests as root or as that user");
            throw new IllegalStateException("unreachable");
        }
    }

    /**
     * Returns a loopback port nothing listens on now.
     *
     * @return the port
     */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    /**
     * Returns the command that runs a tool as an OS user: as is when this process is that user, through
     * {@code runuser} when it is root; otherwise the calling test is skipped (failed under CI).
     *
     * @param osUser the user
     * @param command the tool and its arguments
     * @return the command line
     */
    public static List<String> asUser(String osUser, String... command) {
        String me = System.getProperty("user.name");
        List<String> line = new ArrayList<>();
        if ("root".equals(me)) {
            line.addAll(List.of("runuser", "-u", osUser, "--"));
        } else if (!osUser.equals(me)) {
            LiveDatabase.unavailable("A server of the test's own must run as OS user " + osUser + ", and this test"
                    + " runs as " + me + "; run the tests as root or as " + osUser);
        }
        line.addAll(List.of(command));
        return line;
    }

    /**
     * Runs a command to its end and returns its output; a failure or a missing tool skips the calling test
     * (fails it under CI) with the output.
     *
     * @param timeoutSeconds how long it may take
     * @param command the command line
     * @return its output (standard output and error together)
     */
    public static String run(long timeoutSeconds, List<String> command) {
        if (!Files.isExecutable(Path.of(command.get(0))) && !command.get(0).equals("runuser")) {
            LiveDatabase.unavailable(command.get(0) + " is not installed; a server of the test's own needs it");
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + timeoutSeconds + " s");
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + p.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            LiveDatabase.unavailable("Cannot run " + command.get(0) + ": " + e);
            throw new IllegalStateException("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Waits until something accepts TCP connections on a loopback port.
     *
     * @param port the port
     * @param maxMillis how long at most
     * @return whether it did in time
     */
    public static boolean awaitPort(int port, long maxMillis) {
        return FaultFixture.await(() -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                return false;
            }
        }, maxMillis);
    }

    /**
     * Deletes a folder and everything in it, quietly.
     *
     * @param dir the folder
     */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary folder
        }
    }
}
