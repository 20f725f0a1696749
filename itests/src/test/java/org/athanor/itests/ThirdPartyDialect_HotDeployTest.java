package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.inject.Inject;

import org.athanor.dialect.DialectInfo;
import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.Connection;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.EngineOptions;
import org.athanor.exc.DialectUnavailableException;
import org.athanor.exc.UnknownDialectException;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.tinybundles.TinyBundlesFactory;
import org.osgi.framework.Bundle;

/**
 * A third-party dialect bundle ({@code sqlite+foo}, built in the container) comes and goes while the framework
 * runs: usable as soon as it starts; stopping, updating or uninstalling it disposes the engines built on it,
 * closing their connections, and makes its name unknown until it is back.
 */
public class ThirdPartyDialect_HotDeployTest extends AthanorContainer {
    private static final String FOO = "sqlite+foo";

    @Inject
    private TinyBundlesFactory tinyBundles;
    @Inject
    private EngineFactory factory;
    @Inject
    private DialectRegistry registry;

    private ThirdPartyBundle thirdParty;
    private Bundle bundle;
    private Path dir;

    @Before
    public void install() throws Exception {
        dir = Scratch.folder("hotdeploy");
        thirdParty = new ThirdPartyBundle(tinyBundles, context);
        bundle = thirdParty.installAndStart();
        Await.until("sqlite+foo registered", this::registered);
    }

    @After
    public void uninstall() throws Exception {
        if (bundle != null && bundle.getState() != Bundle.UNINSTALLED) {
            bundle.uninstall();
        }
    }

    private String url(String file) {
        return FOO + ":///" + dir.resolve(file);
    }

    private boolean registered() {
        return registry.dialects().stream().anyMatch(d -> d.qualifiedName().equals(FOO));
    }

    @Test
    public void theDialectIsRegisteredByItsBundleAndUsableAtOnce() {
        assertThat(registry.dialects()).contains(
                new DialectInfo("sqlite", "foo", false, 0, ThirdPartyBundle.SYMBOLIC_NAME));

        try (Engine engine = factory.createEngine(url("a.db"))) {
            assertThat(engine.dialect().getClass().getName()).endsWith("FooDialectComponent");
            assertThat(engine.execute("select 41 + 1").scalar()).isEqualTo(42);
        }
    }

    @Test
    public void eachEngineHasADialectInstanceOfItsOwn() {
        try (Engine a = factory.createEngine(url("a.db")); Engine b = factory.createEngine(url("b.db"))) {
            assertThat(a.dialect()).isNotSameAs(b.dialect());
        }
    }

    @Test
    public void uninstallingDisposesItsEnginesWithoutLeakingAndReinstallingBringsItBack() throws Exception {
        CountingCreator creator = new CountingCreator(dir.resolve("counted.db"));
        Engine counted = factory.createEngine(url("counted.db"),
                EngineOptions.builder().creator(creator).poolSize(2).build());
        Engine plain = factory.createEngine(url("plain.db"));
        plain.execute("create table t (x integer)").close();
        Connection held = counted.connect();
        counted.execute("select 1").close();
        assertThat(creator.opened()).isEqualTo(2);

        bundle.uninstall();

        assertThat(registered()).isFalse();
        assertThat(counted.isDisposed()).isTrue();
        assertThat(plain.isDisposed()).isTrue();
        assertThatThrownBy(plain::connect).isInstanceOf(DialectUnavailableException.class)
                .hasMessageContaining(FOO);
        assertThatThrownBy(() -> held.execute("select 1")).isInstanceOf(DialectUnavailableException.class)
                .hasMessageContaining(FOO);
        held.close();
        assertThat(creator.stillOpen()).isZero();
        assertThatThrownBy(() -> factory.createEngine(url("c.db"))).isInstanceOf(UnknownDialectException.class)
                .hasMessageContaining(FOO);

        bundle = thirdParty.installAndStart();
        Await.until("sqlite+foo registered again", this::registered);

        try (Engine again = factory.createEngine(url("plain.db"))) {
            assertThat(again.execute("select count(*) from t").scalar()).isEqualTo(0);
        }
    }

    @Test
    public void stoppingTakesTheDialectAwayAndStartingBringsItBack() throws Exception {
        Engine engine = factory.createEngine(url("s.db"));

        bundle.stop();

        assertThat(registered()).isFalse();
        assertThatThrownBy(() -> engine.execute("select 1")).isInstanceOf(DialectUnavailableException.class);

        bundle.start();
        Await.until("sqlite+foo registered again", this::registered);

        try (Engine again = factory.createEngine(url("s.db"))) {
            assertThat(again.execute("select 1").scalar()).isEqualTo(1);
        }
    }

    @Test
    public void updatingReplacesTheDialectAndDisposesTheOldEngines() throws Exception {
        Engine engine = factory.createEngine(url("u.db"));
        Object before = engine.dialect().getClass();

        try (InputStream jar = thirdParty.build("1.0.1")) {
            bundle.update(jar);
        }

        assertThat(engine.isDisposed()).isTrue();
        assertThatThrownBy(() -> engine.execute("select 1")).isInstanceOf(DialectUnavailableException.class);
        Await.until("sqlite+foo back after the update", this::registered);
        try (Engine again = factory.createEngine(url("u.db"))) {
            assertThat(again.dialect().getClass()).isNotSameAs(before);
            assertThat(again.execute("select 1").scalar()).isEqualTo(1);
        }
    }
}
