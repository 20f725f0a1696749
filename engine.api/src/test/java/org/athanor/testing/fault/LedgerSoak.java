package org.athanor.testing.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.Row;
import org.athanor.engine.Transaction;
import org.athanor.exc.AthanorException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The soak test (issue 7): {@value #THREADS} threads run short ledger transactions — move an amount between
 * two accounts and append a journal row — through a queue pool of 5 + 5 and a {@link FaultProxy}, while a
 * {@link FaultInjector} breaks something every few seconds. At the end: the sum of the balances is what it
 * was, every journal row whose commit the application saw succeed is there and none whose transaction it saw
 * fail before the commit is (a failure during the commit leaves it in doubt, and either is accepted), every
 * balance agrees with the journal rows present, no connection is checked out, the server's count of the
 * engine's connections is no more than the pool's size plus overflow (and zero after dispose), and every
 * error the threads saw is one of Athanor's typed errors.
 *
 * <p>It runs about {@value #DEFAULT_SECONDS} s; the system property {@value #SECONDS_PROPERTY} sets another
 * length. Tagged {@code soak}: a quick local build may leave it out with {@code -DexcludedGroups=soak}; the
 * default build runs it. A dialect module subclasses it with its {@link FaultTarget}.
 *
 * <p>Not thread-safe; JUnit runs one test at a time per instance.
 */
@Tag("soak")
public abstract class LedgerSoak {
    /** The system property that sets the length in seconds. */
    public static final String SECONDS_PROPERTY = "athanor.soak.seconds";
    static final int DEFAULT_SECONDS = 60;
    static final int THREADS = 16;
    static final int POOL_SIZE = 5;
    static final int MAX_OVERFLOW = 5;
    static final int ACCOUNTS = 20;
    static final long OPENING_BALANCE = 1_000_000;

    /**
     * Returns the database under test.
     *
     * @return the target
     */
    protected abstract FaultTarget target();

    /** What the threads saw. */
    static final class Outcomes {
        final Set<Long> committed = ConcurrentHashMap.newKeySet();
        final Set<Long> failed = ConcurrentHashMap.newKeySet();
        final Set<Long> inDoubt = ConcurrentHashMap.newKeySet();
        final Map<Class<?>, AtomicInteger> errors = new ConcurrentHashMap<>();
        final Map<Class<?>, String> firstMessage = new ConcurrentHashMap<>();

        void error(Throwable t) {
            errors.computeIfAbsent(t.getClass(), k -> new AtomicInteger()).incrementAndGet();
            firstMessage.putIfAbsent(t.getClass(), String.valueOf(t.getMessage()));
        }
    }

    @Test
    void ledgerTransactionsUnderFaultsLoseNothingAndLeakNothing() throws Exception {
        long seconds = Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS);
        FaultTarget target = target();
        try (FaultFixture fixture = new FaultFixture(target);
                FaultProxy proxy = FaultProxy.start(host(target), target.url().port())) {
            String ledger = FaultFixture.uniqueName("ledger");
            String journal = FaultFixture.uniqueName("journal");
            try (Engine setup = fixture.engine(null, EngineOptions.defaults())) {
                setup.execute("CREATE TABLE " + ledger + " (id INTEGER PRIMARY KEY, balance BIGINT NOT NULL)").close();
                setup.execute("CREATE TABLE " + journal + " (id BIGINT PRIMARY KEY, src INTEGER NOT NULL,"
                        + " dst INTEGER NOT NULL, amount INTEGER NOT NULL)").close();
                for (int i = 0; i < ACCOUNTS; i++) {
                    setup.execute("INSERT INTO " + ledger + " VALUES (?, ?)", i, OPENING_BALANCE).close();
                }
            }
            try {
                run(fixture, proxy, ledger, journal, seconds);
            } finally {
                fixture.run("DROP TABLE " + fixture.adminName(journal), "DROP TABLE " + fixture.adminName(ledger));
            }
        }
    }

    private static String host(FaultTarget target) {
        return target.url().host() == null ? "127.0.0.1" : target.url().host();
    }

    private void run(FaultFixture fixture, FaultProxy proxy, String ledger, String journal, long seconds)
            throws Exception {
        Engine engine = fixture.engine(proxy, EngineOptions.builder().poolSize(POOL_SIZE).maxOverflow(MAX_OVERFLOW)
                .poolTimeout(Duration.ofSeconds(10)).prePing(true)
                .connectArgs(fixture.target().socketTimeoutArgs(Duration.ofSeconds(3))).build());
        Outcomes seen = new Outcomes();
        AtomicInteger maxServerConnections = new AtomicInteger();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            long first = (long) i * 1_000_000_000_000L;
            Thread t = new Thread(() -> work(engine, ledger, journal, first, until, seen), "soak-" + i);
            workers.add(t);
            t.start();
        }
        FaultInjector faults = new FaultInjector(proxy, fixture, Duration.ofSeconds(3));
        faults.start();
        long deadline;
        try {
            while (System.nanoTime() < until) {
                maxServerConnections.accumulateAndGet(fixture.serverConnections(), Math::max);
                FaultFixture.sleep(500);
            }
        } finally {
            faults.close();
            deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            for (Thread t : workers) {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
        assertThat(workers).noneMatch(Thread::isAlive);
        try {
            check(fixture, engine, ledger, journal, seen, faults, maxServerConnections.get());
        } finally {
            engine.dispose();
        }
    }

    private static void work(Engine engine, String ledger, String journal, long firstId, long until, Outcomes seen) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long id = firstId;
        while (System.nanoTime() < until) {
            id++;
            int src = random.nextInt(ACCOUNTS);
            int dst = (src + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
            int amount = 1 + random.nextInt(100);
            boolean commitSent = false;
            try (Connection c = engine.connect(); Transaction tx = c.begin()) {
                // both rows in id order, so that two transfers never wait for each other in a circle
                int low = Math.min(src, dst);
                int high = Math.max(src, dst);
                c.execute("UPDATE " + ledger + " SET balance = balance + ? WHERE id = ?", low == src ? -amount : amount,
                        low).close();
                c.execute("UPDATE " + ledger + " SET balance = balance + ? WHERE id = ?", high == src ? -amount
                        : amount, high).close();
                c.execute("INSERT INTO " + journal + " VALUES (?, ?, ?, ?)", id, src, dst, amount).close();
                commitSent = true;
                tx.commit();
                seen.committed.add(id);
            } catch (Throwable t) {
                (commitSent ? seen.inDoubt : seen.failed).add(id);
                seen.error(t);
                FaultFixture.sleep(20); // a failing caller pauses, as an application would
            }
        }
    }

    private void check(FaultFixture fixture, Engine engine, String ledger, String journal, Outcomes seen,
            FaultInjector faults, int maxServerConnections) {
        assertThat(engine.pool().statistics().checkedOut()).as("connections checked out at the end").isZero();
        assertThat(engine.pool().checkouts()).isEmpty();
        boolean settled = FaultFixture.await(() -> fixture.serverConnections() <= POOL_SIZE + MAX_OVERFLOW, 15_000);
        int atEnd = fixture.serverConnections();

        Map<Long, long[]> rows = new HashMap<>();
        for (Row r : fixture.admin().execute("SELECT id, src, dst, amount FROM " + fixture.adminName(journal)).all()) {
            rows.put(((Number) r.get(0)).longValue(), new long[] {((Number) r.get(1)).longValue(),
                ((Number) r.get(2)).longValue(), ((Number) r.get(3)).longValue()});
        }
        long[] expected = new long[ACCOUNTS];
        java.util.Arrays.fill(expected, OPENING_BALANCE);
        for (long[] j : rows.values()) {
            expected[(int) j[0]] -= j[2];
            expected[(int) j[1]] += j[2];
        }
        long sum = 0;
        Map<Integer, Long> balances = new TreeMap<>();
        for (Row r : fixture.admin().execute("SELECT id, balance FROM " + fixture.adminName(ledger)).all()) {
            int account = ((Number) r.get(0)).intValue();
            long balance = ((Number) r.get(1)).longValue();
            balances.put(account, balance);
            sum += balance;
        }
        Set<Long> lostCommits = new HashSet<>(seen.committed);
        lostCommits.removeAll(rows.keySet());
        Set<Long> ghostRows = new HashSet<>(seen.failed);
        ghostRows.retainAll(rows.keySet());
        long inDoubtPresent = seen.inDoubt.stream().filter(rows::containsKey).count();
        Set<Long> unexplained = new HashSet<>(rows.keySet());
        unexplained.removeAll(seen.committed);
        unexplained.removeAll(seen.inDoubt);

        engine.dispose();
        boolean released = FaultFixture.await(() -> fixture.serverConnections() == 0, 15_000);
        int leaked = fixture.serverConnections();

        Map<String, Integer> errorsByType = new TreeMap<>();
        seen.errors.forEach((k, v) -> errorsByType.put(k.getSimpleName(), v.get()));
        int transactions = seen.committed.size() + seen.failed.size() + seen.inDoubt.size();
        System.out.printf("[soak] %s: %d s, faults injected %d %s; transactions %d (committed %d, failed %d, in doubt"
                + " %d of which %d committed); journal rows checked %d, accounts checked %d; connections: max on"
                + " the server %d, at the end %d (limit %d), leaked after dispose %d; errors %s%n",
                fixture.target().name(), Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS), faults.total(),
                faults.byKind(), transactions, seen.committed.size(), seen.failed.size(), seen.inDoubt.size(),
                inDoubtPresent, rows.size(), balances.size(), maxServerConnections, atEnd,
                POOL_SIZE + MAX_OVERFLOW, leaked, errorsByType);
        seen.firstMessage.forEach((k, v) -> System.out.println("[soak]   first " + k.getSimpleName() + ": " + v));

        assertThat(seen.committed).as("transactions committed").isNotEmpty();
        assertThat(faults.total()).as("faults injected").isPositive();
        assertThat(sum).as("sum of balances").isEqualTo(ACCOUNTS * OPENING_BALANCE);
        assertThat(lostCommits).as("journal rows seen committed but missing").isEmpty();
        assertThat(ghostRows).as("journal rows of transactions seen failing but present").isEmpty();
        assertThat(unexplained).as("journal rows nobody wrote").isEmpty();
        for (int i = 0; i < ACCOUNTS; i++) {
            assertThat(balances.get(i)).as("balance of account %d against the journal", i).isEqualTo(expected[i]);
        }
        assertThat(seen.errors.keySet()).allSatisfy(type -> assertThat(type).isAssignableTo(AthanorException.class));
        assertThat(settled).as("server connections %d within size + overflow at the end", atEnd).isTrue();
        assertThat(released).as("server connections left after dispose: %d", leaked).isTrue();
    }
}
