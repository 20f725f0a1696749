package org.athanor.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Scratch folders for the tests' database files, under {@code itest.work.dir} (itests/target/itest-work).
 *
 * <p>Stateless and thread-safe.
 */
final class Scratch {
    private Scratch() {
    }

    /**
     * Makes a new, empty folder.
     *
     * @param prefix the start of its name
     * @return the folder, absolute
     * @throws IOException if it cannot be made
     */
    static Path folder(String prefix) throws IOException {
        Path root = Path.of(System.getProperty("itest.work.dir"));
        Files.createDirectories(root);
        return Files.createTempDirectory(root, prefix).toAbsolutePath();
    }
}
