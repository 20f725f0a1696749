package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.athanor.exc.DialectUnavailableException;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Refreshing the SQLite JDBC driver bundle refreshes the dialect bundle wired to it: the engines on that
 * dialect are disposed, and once the refresh is over the dialect is back on the new driver revision (whose
 * native library loads again in its new class loader).
 *
 * <p>The test itself never loads a driver class, so the refresh does not reach the test bundle.
 */
public class SqliteDriver_RefreshTest extends AthanorContainer {
    @Inject
    private EngineFactory factory;
    @Inject
    private DialectRegistry registry;

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }

    @Test
    public void refreshingTheDriverDisposesTheEnginesOnItsDialectsWhichThenComeBack() throws Exception {
        Path db = Scratch.folder("refresh").resolve("r.db");
        Engine engine = factory.createEngine("sqlite:///" + db);
        engine.execute("create table t (x integer)").close();
        engine.execute("insert into t values (1)").close();
        Bundle driver = bundle("org.xerial.sqlite-jdbc");

        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(driver), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        assertThat(refreshed.await(60, TimeUnit.SECONDS)).as("refresh finished").isTrue();

        assertThat(engine.isDisposed()).isTrue();
        assertThatThrownBy(() -> engine.execute("select 1")).isInstanceOf(DialectUnavailableException.class)
                .hasMessageContaining("sqlite+xerial");
        Await.until("sqlite+xerial back after the refresh",
                () -> registry.dialects().stream().anyMatch(d -> d.qualifiedName().equals("sqlite+xerial")));
        assertThat(bundle("org.athanor.dialect.sqlite").getState()).isEqualTo(Bundle.ACTIVE);
        try (Engine again = factory.createEngine("sqlite:///" + db)) {
            assertThat(again.execute("select count(*) from t").scalar()).isEqualTo(1);
        }
    }
}
