package org.athanor.runtime.console;

import java.io.PrintStream;
import java.time.Duration;

import org.apache.felix.service.command.CommandProcessor;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits, before a script runs, until the framework has started: every start level that holds a bundle has
 * been passed, and then the service registry has been quiet for a moment, so that components started
 * asynchronously (an engine made from a configuration FileInstall just applied, say) are registered
 * before the first command looks for them.
 *
 * <p>Both waits are bounded: when a bound passes, the script runs anyway and a missing command or
 * service is reported by the command that needs it.
 *
 * <p>Thread safety: stateless; the methods block the calling thread and may be called from any thread.
 */
final class StartupWait {
    /** How long the console waits for the framework's start levels and for Gogo. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private StartupWait() {
    }

    /**
     * Waits for the {@linkplain #startLevels start levels} and then for Gogo's command processor.
     *
     * @param context a bundle context of the framework
     * @param err where to say that Gogo never came
     * @return an open tracker holding the command processor, to close after use; {@code null} if none came
     *     within {@link #START_TIMEOUT}, after a line on {@code err} says so
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    static ServiceTracker<CommandProcessor, CommandProcessor> commandProcessor(BundleContext context, PrintStream err)
            throws InterruptedException {
        startLevels(context, START_TIMEOUT);
        ServiceTracker<CommandProcessor, CommandProcessor> tracker = new ServiceTracker<>(context, CommandProcessor.class, null);
        tracker.open();
        if (tracker.waitForService(START_TIMEOUT.toMillis()) == null) {
            tracker.close();
            err.println("athanor: the Gogo command processor did not start within " + START_TIMEOUT.toSeconds()
                    + " s, so the console cannot run; check the errors above");
            return null;
        }
        return tracker;
    }

    /**
     * Waits until the framework's active start level has passed the highest start level of any installed
     * bundle (or a start level change reached it), so that every bundle has had its turn to start.
     *
     * @param context a bundle context of the framework
     * @param timeout how long to wait at most
     * @return {@code true} if the start levels were passed, {@code false} if the time ran out
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    static boolean startLevels(BundleContext context, Duration timeout) throws InterruptedException {
        FrameworkStartLevel framework = context.getBundle(0).adapt(FrameworkStartLevel.class);
        int target = 1;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() != 0) {
                target = Math.max(target, bundle.adapt(BundleStartLevel.class).getStartLevel());
            }
        }
        int highest = target;
        Object lock = new Object();
        boolean[] reached = {false};
        FrameworkListener listener = event -> {
            int type = event.getType();
            if ((type == FrameworkEvent.STARTLEVEL_CHANGED || type == FrameworkEvent.STARTED)
                    && framework.getStartLevel() >= highest) {
                synchronized (lock) {
                    reached[0] = true;
                    lock.notifyAll();
                }
            }
        };
        context.addFrameworkListener(listener);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (lock) {
                while (!reached[0] && framework.getStartLevel() <= target) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    // poll as well: a level change finished before the listener was added sends no event
                    lock.wait(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 50)));
                }
                return true;
            }
        } finally {
            context.removeFrameworkListener(listener);
        }
    }

    /**
     * Waits until no service has been registered, modified or unregistered for {@code quiet}, or until
     * {@code timeout} has passed.
     *
     * @param context a bundle context of the framework
     * @param quiet the quiet period to see; zero returns at once
     * @param timeout how long to wait at most
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    static void quietServices(BundleContext context, Duration quiet, Duration timeout) throws InterruptedException {
        if (quiet.isZero() || quiet.isNegative()) {
            return;
        }
        long[] lastEvent = {System.nanoTime()};
        Object lock = new Object();
        ServiceListener listener = event -> {
            synchronized (lock) {
                lastEvent[0] = System.nanoTime();
            }
        };
        context.addServiceListener(listener);
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (lock) {
                while (true) {
                    long now = System.nanoTime();
                    long quietLeft = lastEvent[0] + quiet.toNanos() - now;
                    long timeLeft = deadline - now;
                    if (quietLeft <= 0 || timeLeft <= 0) {
                        return;
                    }
                    lock.wait(Math.max(1, Duration.ofNanos(Math.min(quietLeft, timeLeft)).toMillis()));
                }
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }
}
