package org.athanor.testing;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Captures what the process writes to {@code System.err} — where SLF4J's simple binding, the tests' logger,
 * writes every log line — while still passing it on, so that a test can check its log: that a warning was
 * logged, or that a secret never was.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *     ...
 *     assertThat(log.text()).doesNotContain(password);
 * }
 * }</pre>
 *
 * <p>It works because slf4j-simple looks {@code System.err} up at every line (unless configured to cache it
 * or write to a file). Captures nest: each restores the stream it replaced. Thread-safe: lines written from
 * any thread are captured; {@link #text()} may be called at any time.
 */
public final class LogCapture implements AutoCloseable {
    private final PrintStream previous;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream tee;

    private LogCapture() {
        previous = System.err;
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (buffer) {
                    buffer.write(b);
                }
                previous.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (buffer) {
                    buffer.write(b, off, len);
                }
                previous.write(b, off, len);
            }

            @Override
            public void flush() {
                previous.flush();
            }
        };
        tee = new PrintStream(both, true, StandardCharsets.UTF_8);
        System.setErr(tee);
    }

    /**
     * Starts capturing {@code System.err}.
     *
     * @return the capture; close it to stop
     */
    public static LogCapture start() {
        return new LogCapture();
    }

    /**
     * Returns everything captured so far.
     *
     * @return the text
     */
    public String text() {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Waits until the captured text satisfies a condition, or the time is up.
     *
     * @param condition the condition on the whole text
     * @param max how long to wait at most
     * @return whether it was satisfied
     */
    public boolean await(Predicate<String> condition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            if (condition.test(text())) {
                return true;
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Stops capturing and restores the stream it replaced. */
    @Override
    public void close() {
        tee.flush();
        if (System.err == tee) {
            System.setErr(previous);
        }
    }
}
