package org.athanor.bench.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.athanor.bench.Probe.Check;
import org.athanor.bench.cycle.StubWorkload.Cycle;
import org.athanor.bench.stub.DriverCalls;

/**
 * The probe's checks of the stub-driver cycles: each contender's cycle is built, warmed up and run
 * {@value #OPS} times with the driver counting, giving the driver calls per operation.
 *
 * <p>Thread-safe (stateless).
 */
public final class StubProbe {
    static final int OPS = 2_000;

    private StubProbe() {
    }

    /**
     * Lists the checks: every cycle with every contender that takes part in it.
     *
     * @return the checks
     */
    public static List<Check> checks() {
        List<Check> out = new ArrayList<>();
        for (String c : List.of("athanor", "hikari", "dbcp2")) {
            out.add(check("poolCycle", Cycle.POOL, c));
        }
        for (String c : List.of("athanor", "athanorDefault", "hikari")) {
            out.add(check("statementCycle", Cycle.STATEMENT, c));
        }
        for (String c : List.of("athanor", "hikari")) {
            out.add(check("transactionCycle", Cycle.TRANSACTION, c));
        }
        return out;
    }

    private static Check check(String method, Cycle cycle, String contender) {
        return new Check("StubCycles." + method, Map.of("contender", contender), () -> {
            try (StubWorkload w = StubWorkload.create(contender, cycle)) {
                for (int i = 0; i < OPS; i++) {
                    run(w, cycle);
                }
                DriverCalls.reset();
                for (int i = 0; i < OPS; i++) {
                    run(w, cycle);
                }
                Map<String, Double> perOp = new TreeMap<>();
                DriverCalls.snapshot().forEach((k, v) -> perOp.put(k, v / (double) OPS));
                return perOp;
            }
        });
    }

    private static void run(StubWorkload w, Cycle cycle) throws Exception {
        switch (cycle) {
            case POOL -> w.poolCycle();
            case STATEMENT -> check(w.statementCycle());
            case TRANSACTION -> check(w.transactionCycle());
            default -> throw new IllegalStateException();
        }
    }

    private static void check(int updateCount) {
        if (updateCount != 1) {
            throw new IllegalStateException("The statement reported " + updateCount + " rows, not 1.");
        }
    }
}
