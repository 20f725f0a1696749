package org.athanor.dialect.sqlite;

import java.util.ServiceLoader;
import org.athanor.engine.EngineFactory;
import org.junit.jupiter.api.Assumptions;

/**
 * Skips the conformance suite while no engine implementation is on the test class path (engine.impl is being
 * written alongside this dialect). Once engine.impl provides its {@code EngineFactory}, this check passes and
 * can be deleted.
 */
final class EngineImplementation {
    private EngineImplementation() {
    }

    static void assumePresent() {
        Assumptions.assumeTrue(ServiceLoader.load(EngineFactory.class).findFirst().isPresent(),
                "engine.impl provides no EngineFactory through ServiceLoader yet; the conformance suite runs once"
                        + " it does");
    }
}
