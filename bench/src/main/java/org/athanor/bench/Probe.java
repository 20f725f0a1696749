package org.athanor.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.athanor.bench.compile.CompileProbe;
import org.athanor.bench.cycle.StubProbe;
import org.athanor.bench.db.DbProbe;
import org.athanor.bench.stub.DriverCalls;

/**
 * Checks every contender of every benchmark before JMH runs: builds it, runs its operation a few times and
 * checks the answer (a fetch returns all rows, an insert inserts them all). A contender that fails is left
 * out of the JMH run and the report says why: "not implemented yet" when the failure is an
 * {@link UnsupportedOperationException} (Athanor's placeholder bodies) or there is no engine implementation
 * on the class path, "not available" for a dialect not registered, "database unreachable" when the
 * server is not running, otherwise the error. For the stub-driver cycles it also counts the driver calls
 * per operation (run with {@code -Dathanor.bench.countDriverCalls=true}).
 *
 * <p>Usage: {@code Probe <output.json> [name-filter]}; writes one JSON document. Not thread-safe (a main).
 */
public final class Probe {
    private static final long TIMEOUT_SECONDS = 120;

    private Probe() {
    }

    /**
     * One check to run. Immutable.
     *
     * @param benchmark the JMH benchmark (class and method, without package)
     * @param params its JMH parameters
     * @param check what to run; returns driver calls per operation, or an empty map
     */
    public record Check(String benchmark, Map<String, String> params, Checked check) {
    }

    /** The body of a check; run on one thread at a time. */
    @FunctionalInterface
    public interface Checked {
        /**
         * Runs the check.
         *
         * @return driver calls per operation by method, empty when not counted
         * @throws Exception if the contender fails
         */
        Map<String, Double> run() throws Exception;
    }

    /**
     * Runs the checks and writes the JSON file.
     *
     * @param args the output file, and optionally a substring that benchmark names must contain
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "probe.json");
        String filter = args.length > 1 ? args[1] : "";
        List<Check> checks = new ArrayList<>();
        checks.addAll(StubProbe.checks());
        checks.addAll(DbProbe.checks());
        checks.addAll(CompileProbe.checks());
        ExecutorService exec = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "probe");
            t.setDaemon(true);
            return t;
        });
        StringBuilder json = new StringBuilder("{\n  \"countingDriverCalls\": " + DriverCalls.ENABLED
                + ",\n  \"checks\": [");
        String sep = "\n";
        for (Check c : checks) {
            if (!c.benchmark().contains(filter)) {
                continue;
            }
            String reason = null;
            Map<String, Double> calls = Map.of();
            long start = System.nanoTime();
            Future<Map<String, Double>> f = exec.submit(c.check()::run);
            try {
                calls = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                reason = "failed: no answer within " + TIMEOUT_SECONDS + " s (hung?)";
            } catch (java.util.concurrent.ExecutionException e) {
                reason = reason(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reason = "interrupted";
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            PrintStream log = System.err;
            log.printf("probe %-28s %-40s %s (%d ms)%n", c.benchmark(), c.params(), reason == null ? "ok" : reason,
                    ms);
            json.append(sep).append("    {\"benchmark\": ").append(Json.str(c.benchmark()))
                    .append(", \"params\": ").append(Json.map(c.params()))
                    .append(", \"ok\": ").append(reason == null)
                    .append(", \"reason\": ").append(reason == null ? "null" : Json.str(reason))
                    .append(", \"driverCallsPerOp\": ").append(Json.map(calls)).append("}");
            sep = ",\n";
        }
        json.append("\n  ]\n}\n");
        Files.writeString(out, json, StandardCharsets.UTF_8);
        System.exit(0);
    }

    /**
     * Explains why a contender failed, in one line.
     *
     * @param t what it threw
     * @return the explanation
     */
    static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UnsupportedOperationException) {
                return "not implemented yet (" + describe(c) + ")";
            }
            if (c.getMessage() != null && c.getMessage().startsWith("No Athanor engine implementation found")) {
                return "not implemented yet (engine.impl provides no EngineFactory yet)";
            }
            if (c.getClass().getSimpleName().equals("UnknownDialectException")) {
                return "not available: the dialect is not registered (" + describe(c) + ")";
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return "database unreachable (" + describe(c) + ")";
            }
        }
        return "failed: " + describe(t);
    }

    private static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null) {
            String m = t.getMessage().strip();
            int nl = m.indexOf('\n');
            b.append(": ").append(nl < 0 ? m : m.substring(0, nl));
        }
        StackTraceElement[] st = t.getStackTrace();
        if (st.length > 0) {
            b.append(" at ").append(st[0].getClassName()).append('.').append(st[0].getMethodName());
        }
        return b.toString();
    }

    /** The little JSON this class writes. Stateless and thread-safe. */
    static final class Json {
        private Json() {
        }

        static String str(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (ch < 0x20) {
                            b.append(String.format("\\u%04x", (int) ch));
                        } else {
                            b.append(ch);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }

        static String map(Map<String, ?> m) {
            StringBuilder b = new StringBuilder("{");
            String sep = "";
            for (Map.Entry<String, ?> e : new LinkedHashMap<>(m).entrySet()) {
                b.append(sep).append(str(e.getKey())).append(": ");
                Object v = e.getValue();
                b.append(v instanceof Number ? v.toString() : str(String.valueOf(v)));
                sep = ", ";
            }
            return b.append('}').toString();
        }
    }
}
