package org.athanor.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.athanor.exc.PoolTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's pool stress test: 50 threads against a queue pool of 5 + 10. A driver connection is never held
 * by two threads at once, every connection is back in the pool at the end, and a pool timeout is raised
 * when and only when the pool is exhausted past its timeout.
 */
class QueuePool_StressTest {
    private static final int THREADS = 50;
    private static final int ITERATIONS = 200;
    private static final int SIZE = 5;
    private static final int OVERFLOW = 10;

    private final StubDatabase db = new StubDatabase();
    private final Queue<Throwable> errors = new ConcurrentLinkedQueue<>();

    private QueuePool pool(Duration timeout) {
        return new QueuePool(db.creator(), PoolConfig.builder().size(SIZE).maxOverflow(OVERFLOW).timeout(timeout)
                .build());
    }

    @Test
    void fiftyThreadsNeverShareAConnectionAndEverythingComesBack() throws Exception {
        QueuePool pool = pool(Duration.ofSeconds(60)); // never reached unless a wake-up is lost
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger maxInUse = new AtomicInteger();
        AtomicInteger cycles = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < ITERATIONS; i++) {
                        oneCycle(pool, inUse, maxInUse);
                        cycles.incrementAndGet();
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "stress-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(thread.isAlive()).as("%s finished", thread.getName()).isFalse();
        }

        assertThat(errors).isEmpty();
        assertThat(cycles.get()).isEqualTo(THREADS * ITERATIONS);
        assertThat(maxInUse.get()).isLessThanOrEqualTo(SIZE + OVERFLOW);
        assertThat(db.maxOpen()).isLessThanOrEqualTo(SIZE + OVERFLOW);
        PoolStatistics s = pool.statistics();
        assertThat(s.checkedOut()).isZero();
        assertThat(s.timeouts()).isZero();
        // every slot is back in the pool (a slot whose connection was invalidated stays, empty, as in
        // SQLAlchemy, and reconnects at its next checkout) and at most size are kept
        assertThat(s.checkedIn()).isEqualTo(SIZE + s.overflow()).isBetween(1, SIZE);
        assertThat(db.openCount()).isBetween(1, s.checkedIn());
        for (Connection c : db.created()) {
            assertThat(StubDatabase.stub(c).owner.get()).isNull();
        }
        // and every open connection is one the pool holds: disposing it closes them all
        pool.dispose();
        assertThat(db.openCount()).isZero();
        assertThat(pool.statistics().checkedIn()).isZero();
    }

    /** One checkout: claim the connection, use it a little, sometimes invalidate it, release it. */
    private void oneCycle(QueuePool pool, AtomicInteger inUse, AtomicInteger maxInUse) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        PooledConnection h = pool.connect();
        maxInUse.accumulateAndGet(inUse.incrementAndGet(), Math::max);
        Connection c = h.driverConnection();
        StubDatabase.Stub stub = StubDatabase.stub(c);
        Thread me = Thread.currentThread();
        Thread other = stub.owner.compareAndExchange(null, me);
        if (other != null) {
            throw new AssertionError("connection #" + stub.id + " checked out to " + me.getName()
                    + " while " + other.getName() + " holds it");
        }
        if (stub.closed) {
            throw new AssertionError("connection #" + stub.id + " was handed out closed");
        }
        int hold = random.nextInt(10);
        if (hold < 3) {
            Thread.yield();
        } else if (hold < 9) {
            LockSupport.parkNanos(random.nextLong(20_000, 200_000));
        } else {
            LockSupport.parkNanos(random.nextLong(200_000, 1_000_000));
        }
        if (stub.closed) {
            throw new AssertionError("connection #" + stub.id + " was closed while " + me.getName() + " held it");
        }
        if (!stub.owner.compareAndSet(me, null)) {
            throw new AssertionError("connection #" + stub.id + " changed hands while " + me.getName()
                    + " held it");
        }
        inUse.decrementAndGet();
        int ending = random.nextInt(100);
        if (ending == 0) {
            h.invalidate(new IllegalStateException("stress: drop this one"));
        } else {
            if (ending < 50) {
                h.markClean();
            }
            h.close();
        }
    }

    @Test
    void aTimeoutIsRaisedWhenAndOnlyWhenThePoolIsExhaustedPastItsTimeout() throws Exception {
        QueuePool pool = pool(Duration.ofMillis(100));

        // exactly size + overflow concurrent checkouts: all succeed, none waits for long, none times out
        List<PooledConnection> all = concurrently(SIZE + OVERFLOW, pool::connect);
        assertThat(all).hasSize(SIZE + OVERFLOW).doesNotContainNull();
        assertThat(pool.statistics().timeouts()).isZero();

        // every slot taken: each of 35 more threads waits the timeout out, then fails with the figures
        List<Throwable> failures = concurrently(THREADS - SIZE - OVERFLOW, () -> {
            try {
                PooledConnection h = pool.connect();
                h.close();
                return new AssertionError("checked out from an exhausted pool");
            } catch (PoolTimeoutException e) {
                return e;
            }
        });
        assertThat(failures).allSatisfy(e -> assertThat(e).isInstanceOfSatisfying(PoolTimeoutException.class,
                t -> {
                    assertThat(t.size()).isEqualTo(SIZE);
                    assertThat(t.overflow()).isEqualTo(OVERFLOW);
                    assertThat(t.checkedOut()).isEqualTo(SIZE + OVERFLOW);
                    assertThat(t.timeoutMillis()).isEqualTo(100);
                }));
        assertThat(pool.statistics().timeouts()).isEqualTo(THREADS - SIZE - OVERFLOW);

        // release everything: checkouts succeed again
        all.forEach(PooledConnection::close);
        List<PooledConnection> again = concurrently(SIZE + OVERFLOW, pool::connect);
        assertThat(again).doesNotContainNull();
        again.forEach(PooledConnection::close);
        assertThat(pool.statistics().timeouts()).isEqualTo(THREADS - SIZE - OVERFLOW);
        assertThat(pool.statistics().checkedOut()).isZero();
    }

    @Test
    void waitersServedBeforeTheirTimeoutDoNotTimeOut() throws Exception {
        QueuePool pool = pool(Duration.ofSeconds(1));
        List<PooledConnection> held = new ArrayList<>();
        for (int i = 0; i < SIZE + OVERFLOW; i++) {
            held.add(pool.connect());
        }
        AtomicInteger served = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(5);
        Queue<PooledConnection> got = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 5; i++) {
            new Thread(() -> {
                try {
                    got.add(pool.connect()); // kept until the end, so exactly 3 can be served
                    served.incrementAndGet();
                } catch (PoolTimeoutException e) {
                    timedOut.incrementAndGet();
                } catch (Throwable e) {
                    errors.add(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        Threads.awaitParkedWaiters(pool, 5);
        for (int i = 0; i < 3; i++) {
            held.remove(0).close();
        }
        Threads.await(done);
        assertThat(errors).isEmpty();
        assertThat(served.get()).isEqualTo(3);
        assertThat(timedOut.get()).isEqualTo(2);
        got.forEach(PooledConnection::close);
        held.forEach(PooledConnection::close);
        assertThat(pool.statistics().checkedOut()).isZero();
    }

    /** Runs {@code n} copies of a task at once, each on its own thread, and returns their results. */
    private <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        List<T> results = new CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    results.add(task.call());
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(1));
        }
        assertThat(errors).isEmpty();
        return results;
    }
}
