package org.athanor.itests;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * What the bundle-fault tests ask of the framework and the process: bundles by symbolic name, a refresh
 * awaited to its end, whether the class loaders of refreshed revisions can be collected, the threads alive
 * now, and the files the process holds open.
 *
 * <p>Stateless and thread-safe.
 */
final class Framework {
    private static final long REFRESH_SECONDS = 60;
    private static final int COLLECT_ROUNDS = 100;

    private Framework() {
    }

    /**
     * Finds an installed bundle.
     *
     * @param context a bundle context
     * @param symbolicName its symbolic name
     * @return the bundle
     */
    static Bundle bundle(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("No bundle " + symbolicName + " installed"));
    }

    /**
     * Refreshes a bundle and the bundles wired to it, and waits (bounded) until the framework says it is done.
     *
     * @param context a bundle context
     * @param bundle the bundle
     */
    static void refresh(BundleContext context, Bundle bundle) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        AtomicReference<Throwable> error = new AtomicReference<>();
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.ERROR) {
                error.compareAndSet(null, event.getThrowable());
            }
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        if (!refreshed.await(REFRESH_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The refresh of " + bundle.getSymbolicName() + " did not finish");
        }
        if (error.get() != null) {
            throw new AssertionError("The refresh of " + bundle.getSymbolicName() + " failed", error.get());
        }
    }

    /**
     * Refers weakly to the class loader of a bundle's current revision, to tell later whether it could be
     * collected once a refresh replaced that revision.
     *
     * @param bundle the bundle, resolved
     * @return the reference
     */
    static WeakReference<ClassLoader> classLoader(Bundle bundle) {
        return new WeakReference<>(bundle.adapt(BundleWiring.class).getClassLoader());
    }

    /**
     * Asks for garbage collection until every reference is cleared, {@value #COLLECT_ROUNDS} times at most.
     *
     * @param references the references
     * @return how many are not cleared
     */
    static long uncollected(List<? extends Reference<?>> references) throws InterruptedException {
        return uncollected(references, COLLECT_ROUNDS);
    }

    /**
     * Asks for garbage collection until every reference is cleared, a given number of times at most.
     *
     * @param references the references
     * @param rounds the most collections to ask for
     * @return how many are not cleared
     */
    static long uncollected(List<? extends Reference<?>> references, int rounds) throws InterruptedException {
        for (int i = 0; i < rounds; i++) {
            if (references.stream().allMatch(r -> r.get() == null)) {
                return 0;
            }
            System.gc();
            Thread.sleep(100);
        }
        return references.stream().filter(r -> r.get() != null).count();
    }

    /**
     * Counts the live threads whose names start with a prefix given.
     *
     * @param prefixes the prefixes, such as {@code athanor-}
     * @return the count per name with its digits replaced by {@code #}, sorted
     */
    static Map<String, Integer> threads(String... prefixes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (t.isAlive() && Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                counts.merge(name.replaceAll("[0-9]+", "#"), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** @return how many threads are alive in the JVM */
    static int threadCount() {
        return Thread.getAllStackTraces().size();
    }

    /**
     * Counts the files under a folder that this process holds open, from {@code /proc/self/fd} (Linux).
     *
     * @param folder the folder
     * @return the count, or -1 where {@code /proc/self/fd} does not exist
     */
    static int openFilesUnder(Path folder) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        int n = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
            for (Path fd : entries) {
                try {
                    if (Files.readSymbolicLink(fd).startsWith(folder)) {
                        n++;
                    }
                } catch (IOException e) {
                    // closed while we looked (the directory stream's own descriptor, for one)
                }
            }
        }
        return n;
    }
}
