package org.athanor.dialect.postgresql;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a {@link PgNotificationListener} calls: once per notification received, and once per error.
 *
 * <p>Both methods are called on the listener's own thread, one call at a time, so an implementation need not
 * be thread-safe with respect to itself; it should return quickly, since notifications wait meanwhile.
 */
@ConsumerType
@FunctionalInterface
public interface PgNotificationHandler {

    /**
     * Receives a notification.
     *
     * @param notification the notification
     */
    void onNotification(PgNotification notification);

    /**
     * Receives an error: an exception {@link #onNotification} threw (the listener goes on), or the
     * connection's failure, an {@link org.athanor.exc.DBAPIException} after which the listener has stopped
     * ({@link PgNotificationListener#isRunning()} is false). By default does nothing; the listener logs
     * every error itself.
     *
     * @param error the error
     */
    default void onError(RuntimeException error) {
    }
}
