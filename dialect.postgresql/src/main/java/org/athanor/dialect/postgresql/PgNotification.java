package org.athanor.dialect.postgresql;

/**
 * One PostgreSQL notification, as {@code NOTIFY channel, 'payload'} (or {@code pg_notify}) sent it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param channel the channel it was sent on
 * @param payload the payload, {@code ""} when the sender gave none
 * @param senderPid the process id of the server backend that sent it ({@code pg_backend_pid()} on the
 *     sending connection)
 */
public record PgNotification(String channel, String payload, int senderPid) {
}
