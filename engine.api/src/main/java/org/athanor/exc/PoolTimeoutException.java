package org.athanor.exc;

/**
 * No connection could be checked out of a pool within its timeout: every connection (the pool's size plus
 * its overflow) was in use. The message names the size, the overflow, how many were checked out and the
 * timeout, and suggests what to do.
 *
 * <p>Thread-safe: immutable once constructed.
 */
public class PoolTimeoutException extends AthanorException {
    private static final long serialVersionUID = 1L;

    private final int size;
    private final int overflow;
    private final int checkedOut;
    private final long timeoutMillis;

    /**
     * Creates the exception with the pool figures at the time of the timeout.
     *
     * @param size the pool's size
     * @param overflow the pool's maximum overflow
     * @param checkedOut how many connections were checked out
     * @param timeoutMillis how long the caller waited, in milliseconds
     */
    public PoolTimeoutException(int size, int overflow, int checkedOut, long timeoutMillis) {
        super("Pool exhausted: size " + size + ", overflow " + overflow + " reached, " + checkedOut
                + " connection(s) checked out; gave up after " + timeoutMillis + " ms. Close connections"
                + " and results you no longer need (connectionless execute holds its connection until the"
                + " result is exhausted or closed), or raise poolSize/maxOverflow/poolTimeout.");
        this.size = size;
        this.overflow = overflow;
        this.checkedOut = checkedOut;
        this.timeoutMillis = timeoutMillis;
    }

    /** @return the pool's size */
    public int size() {
        return size;
    }

    /** @return the pool's maximum overflow */
    public int overflow() {
        return overflow;
    }

    /** @return how many connections were checked out when the timeout struck */
    public int checkedOut() {
        return checkedOut;
    }

    /** @return how long the caller waited, in milliseconds */
    public long timeoutMillis() {
        return timeoutMillis;
    }
}
