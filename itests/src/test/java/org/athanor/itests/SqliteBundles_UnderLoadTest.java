package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.inject.Inject;

import org.athanor.engine.Engine;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Bundle faults under load on SQLite files: stopping the SQLite dialect bundle, refreshing the sqlite-jdbc
 * driver bundle, and stopping the dialect under an engine made from a Configuration Admin configuration. Each
 * time the workers end by themselves on {@code DialectUnavailableException} (see {@link BundleFaultCase}), the
 * engine is disposed, every driver connection it opened is closed (asked of each connection, and no file of the
 * database left open by the process), nothing committed is lost, and once the dialect is back a new engine
 * works under the same load. Five stop/start cycles leave no thread of Athanor's or of the tests behind.
 */
public class SqliteBundles_UnderLoadTest extends BundleFaultCase {
    private static final String DIALECT = "sqlite+xerial";
    private static final String DIALECT_BUNDLE = "org.athanor.dialect.sqlite";
    private static final String DRIVER_BUNDLE = "org.xerial.sqlite-jdbc";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private Configuration configuration;

    @After
    public void cleanUp() throws Exception {
        Bundle dialect = Framework.bundle(context, DIALECT_BUNDLE);
        if (dialect.getState() != Bundle.ACTIVE) {
            dialect.start();
        }
        if (configuration != null) {
            configuration.delete();
        }
    }

    private static String url(Path dir) {
        // WAL and no fsync: eight threads on one file, kept fast; a reader never waits for the writer
        return "sqlite:///" + dir.resolve("load.db") + "?journal_mode=WAL&synchronous=OFF&busy_timeout=10000";
    }

    private boolean registered() {
        return registry.dialects().stream().anyMatch(d -> d.qualifiedName().equals(DIALECT));
    }

    @Test
    public void stoppingTheDialectBundleUnderLoadLeaksNothingAndLeavesNoThreadAcrossFiveCycles() throws Exception {
        Bundle dialect = Framework.bundle(context, DIALECT_BUNDLE);
        cycles("sqlite stop", 5, () -> dialect.stop(), () -> dialect.start());
    }

    @Test
    public void refreshingTheDriverBundleUnderLoadDisposesTheEngineLeakingNothing() throws Exception {
        Bundle driver = Framework.bundle(context, DRIVER_BUNDLE);
        List<WeakReference<ClassLoader>> dialects = new ArrayList<>();
        List<WeakReference<ClassLoader>> drivers = new ArrayList<>();
        Fault refresh = () -> {
            dialects.add(Framework.classLoader(Framework.bundle(context, DIALECT_BUNDLE)));
            drivers.add(Framework.classLoader(driver));
            Framework.refresh(context, driver);
        };
        cycles("sqlite-jdbc refresh", 2, refresh, () -> { });
        assertThat(Framework.bundle(context, DIALECT_BUNDLE).getState()).isEqualTo(Bundle.ACTIVE);
        assertThat(Framework.uncollected(dialects)).as("class loaders of the dialect's refreshed revisions still"
                + " reachable").isZero();
        // sqlite-jdbc registers itself with java.sql.DriverManager when its driver class is initialized and has
        // no Bundle-Activator that deregisters it, so its own old revisions stay reachable: reported, not ours
        System.out.println("[bundle-faults] sqlite-jdbc revisions refreshed " + drivers.size() + ", still reachable "
                + Framework.uncollected(drivers, 1));
    }

    /**
     * One cycle: an engine on a new file under load, the fault, the checks, the dialect back, a new engine on
     * the same file under load, disposed, checked.
     */
    @Override
    protected void cycle(String what, Fault fault, Fault recovery) throws Exception {
        Path dir = Scratch.folder("faults");
        TrackedConnections tracked = new TrackedConnections();
        Engine engine = factory.createEngine(url(dir), loadOptions(tracked));
        tracked.delegateTo(engine, Map.of());
        engine.execute("create table t (w integer, n integer)").close();
        AtomicLong committed = new AtomicLong();
        Load load = load(engine, "t", committed);
        try {
            load.awaitProgress(UNITS);
            assertOpenFiles(dir, true);
            load.faultStarting();
            tracked.faultStarting();
            fault.run();
            assertEndedByTheFault(load, engine, DIALECT);
        } finally {
            load.stop();
        }
        report(what, load, committed, tracked);
        assertAllClosed(tracked);
        assertOpenFiles(dir, false);

        recovery.run();
        Await.until(DIALECT + " back", this::registered);
        assertNewEngineWorks(dir, committed.get());
    }

    /** A new engine on the file sees every committed row and takes the load, then leaves nothing open. */
    private void assertNewEngineWorks(Path dir, long committed) throws Exception {
        TrackedConnections tracked = new TrackedConnections();
        AtomicLong more = new AtomicLong();
        try (Engine again = factory.createEngine(url(dir), loadOptions(tracked))) {
            tracked.delegateTo(again, Map.of());
            assertThat(((Number) again.execute("select count(*) from t").scalar()).longValue())
                    .as("rows committed before the fault").isEqualTo(committed);
            Load load = load(again, "t", more);
            try {
                load.awaitProgress(UNITS);
            } finally {
                load.stop();
            }
            assertThat(load.errorsBeforeFault()).isEmpty();
            assertThat(((Number) again.execute("select count(*) from t").scalar()).longValue())
                    .isEqualTo(committed + more.get());
        }
        assertAllClosed(tracked);
        assertOpenFiles(dir, false);
    }

    private static void assertOpenFiles(Path dir, boolean some) throws Exception {
        int open = Framework.openFilesUnder(dir);
        if (open < 0) {
            return; // no /proc/self/fd here: the tracked connections' own state is the check
        }
        if (some) {
            assertThat(open).as("files of the database open under load").isPositive();
        } else {
            assertThat(open).as("files of the database still open").isZero();
        }
    }

    // ------------------------------------------------------------------ an engine from configuration

    private Engine published(String name) {
        try {
            Collection<ServiceReference<Engine>> refs = context.getServiceReferences(Engine.class,
                    "(name=" + name + ")");
            return refs.isEmpty() ? null : context.getService(refs.iterator().next());
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    public void aConfiguredEngineUnderLoadGoesWithItsDialectLeakingNothingAndComesBack() throws Exception {
        Path dir = Scratch.folder("faults-config");
        configuration = configurationAdmin.createFactoryConfiguration("org.athanor.engine", "?");
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("name", "loaded");
        p.put("url", url(dir));
        p.put("pool_size", "3");
        p.put("max_overflow", "2");
        p.put("pool_timeout", "60");
        configuration.update(p);
        Await.until("engine 'loaded'", () -> published("loaded") != null);
        Engine engine = published("loaded");
        TrackedConnections tracked = new TrackedConnections();
        engine.pool().addListener(tracked); // before its first connection: the engine connects lazily
        engine.execute("create table t (w integer, n integer)").close();
        AtomicLong committed = new AtomicLong();
        Bundle dialect = Framework.bundle(context, DIALECT_BUNDLE);

        Load load = load(engine, "t", committed);
        try {
            load.awaitProgress(UNITS);
            load.faultStarting();
            tracked.faultStarting();
            dialect.stop();
            assertThat(published("loaded")).as("the Engine service, withdrawn with its dialect").isNull();
            assertEndedByTheFault(load, engine, DIALECT);
        } finally {
            load.stop();
        }
        report("configured engine, dialect stopped", load, committed, tracked);
        assertAllClosed(tracked);
        assertOpenFiles(dir, false);

        dialect.start();
        Await.until("engine 'loaded' back", () -> published("loaded") != null);
        Engine back = published("loaded");
        assertThat(back).isNotSameAs(engine);
        TrackedConnections trackedBack = new TrackedConnections();
        back.pool().addListener(trackedBack);
        assertThat(((Number) back.execute("select count(*) from t").scalar()).longValue())
                .as("rows committed before the fault").isEqualTo(committed.get());
        AtomicLong more = new AtomicLong();
        Load again = load(back, "t", more);
        try {
            again.awaitProgress(UNITS);
        } finally {
            again.stop();
        }
        assertThat(again.errorsBeforeFault()).isEmpty();

        configuration.delete();
        configuration = null;
        Await.until("engine 'loaded' withdrawn", () -> published("loaded") == null);
        assertThat(back.isDisposed()).isTrue();
        assertAllClosed(trackedBack);
        assertOpenFiles(dir, false);
    }
}
