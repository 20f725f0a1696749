package org.athanor.runtime.console;

import java.util.concurrent.Callable;

import org.osgi.framework.BundleContext;

/**
 * The launcher's main thread when the runtime bundle could not set up the console (its error is already
 * printed): lets the framework finish starting, so that it stops in order, and returns
 * {@value ScriptMain#CANNOT_RUN} for the launcher to exit with.
 *
 * <p>A class rather than a lambda, because the launcher checks that the service is declared a
 * {@code Callable<Integer>}.
 *
 * <p>Thread safety: {@link #call()} is meant to be called once, by the launcher's main thread.
 */
public final class CannotRun implements Callable<Integer> {
    private final BundleContext context;

    /**
     * Creates the task.
     *
     * @param context the runtime bundle's context
     */
    public CannotRun(BundleContext context) {
        this.context = context;
    }

    /**
     * Waits for the framework's start levels and returns the failure status.
     *
     * @return {@value ScriptMain#CANNOT_RUN}
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    @Override
    public Integer call() throws InterruptedException {
        StartupWait.startLevels(context, StartupWait.START_TIMEOUT);
        return ScriptMain.CANNOT_RUN;
    }
}
