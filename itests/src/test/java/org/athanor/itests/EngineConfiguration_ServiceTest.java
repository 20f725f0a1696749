package org.athanor.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;

import javax.inject.Inject;

import org.athanor.dialect.DialectRegistry;
import org.athanor.engine.Engine;
import org.athanor.itests.thirdparty.FooDialect;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * A factory configuration of PID {@code org.athanor.engine} becomes an {@code Engine} service named by it;
 * editing it replaces the engine, deleting it disposes the engine, and the service comes and goes with its
 * dialect. Metatype describes the configuration.
 */
public class EngineConfiguration_ServiceTest extends AthanorContainer {
    private static final String FACTORY_PID = "org.athanor.engine";

    @Inject
    private ConfigurationAdmin configurationAdmin;
    @Inject
    private MetaTypeService metaType;
    @Inject
    private DialectRegistry registry;

    private Path dir;
    private Configuration configuration;

    @Before
    public void folder() throws Exception {
        dir = Scratch.folder("config");
    }

    @After
    public void deleteConfiguration() throws Exception {
        if (configuration != null) {
            configuration.delete();
        }
    }

    private Engine engine(String name) {
        try {
            Collection<ServiceReference<Engine>> refs = context.getServiceReferences(Engine.class,
                    "(name=" + name + ")");
            return refs.isEmpty() ? null : context.getService(refs.iterator().next());
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private ServiceReference<Engine> reference(String name) throws Exception {
        return context.getServiceReferences(Engine.class, "(name=" + name + ")").iterator().next();
    }

    private Engine configure(String name, Object... more) throws Exception {
        configuration = configurationAdmin.createFactoryConfiguration(FACTORY_PID, "?");
        configuration.update(properties(name, more));
        Await.until("engine '" + name + "'", () -> engine(name) != null);
        return engine(name);
    }

    private Dictionary<String, Object> properties(String name, Object... more) {
        Hashtable<String, Object> p = new Hashtable<>();
        p.put("name", name);
        p.put("url", "sqlite:///" + dir.resolve(name + ".db"));
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], more[i + 1]);
        }
        return p;
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow();
    }

    @Test
    public void aConfigurationBecomesAnEngineServiceWithItsNameUrlAndDialect() throws Exception {
        Engine engine = configure("configured", "pool_size", "3", "echo", "false");

        assertThat(engine.options().poolSize()).isEqualTo(3);
        assertThat(engine.execute("select 1").scalar()).isEqualTo(1);
        ServiceReference<Engine> ref = reference("configured");
        assertThat(ref.getProperty("url")).isEqualTo(engine.url().toString());
        assertThat(ref.getProperty("athanor.dialect")).isEqualTo("sqlite+xerial");
    }

    @Test
    public void editingReplacesTheEngineAndDeletingDisposesIt() throws Exception {
        Engine first = configure("edited", "pool_size", 2);

        configuration.update(properties("edited", "pool_size", 4));
        Await.until("the replaced engine", () -> engine("edited") != null && engine("edited") != first);

        assertThat(first.isDisposed()).isTrue();
        Engine second = engine("edited");
        assertThat(second.options().poolSize()).isEqualTo(4);

        configuration.delete();
        configuration = null;
        Await.until("the engine withdrawn", () -> engine("edited") == null);
        assertThat(second.isDisposed()).isTrue();
    }

    @Test
    public void theServiceGoesWithItsDialectAndComesBackWithIt() throws Exception {
        Engine first = configure("follows");
        Bundle dialect = bundle("org.athanor.dialect.sqlite");

        dialect.stop();
        try {
            assertThat(engine("follows")).isNull();
            assertThat(first.isDisposed()).isTrue();
        } finally {
            dialect.start();
        }

        Await.until("the engine back with its dialect", () -> engine("follows") != null);
        Engine second = engine("follows");
        assertThat(second).isNotSameAs(first);
        assertThat(second.execute("select 1").scalar()).isEqualTo(1);
    }

    @Test
    public void aPrivatePasswordIsMergedIntoTheUrlButNeverShown() throws Exception {
        registry.register("sqlite.pw", FooDialect::new);
        try {
            configuration = configurationAdmin.createFactoryConfiguration(FACTORY_PID, "?");
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("name", "secret");
            p.put("url", "sqlite+pw://scott@localhost/" + dir.resolve("s.db"));
            p.put(".password", "tiger");
            configuration.update(p);
            Await.until("engine 'secret'", () -> engine("secret") != null);

            assertThat(engine("secret").url().password()).isEqualTo("tiger");
            ServiceReference<Engine> ref = reference("secret");
            assertThat(ref.getProperty("url").toString()).contains("scott:***@").doesNotContain("tiger");
            assertThat(ref.getProperty(".password")).isNull();
        } finally {
            registry.unregister("sqlite.pw");
        }
    }

    @Test
    public void metatypeDescribesTheFactoryConfiguration() {
        MetaTypeInformation info = metaType.getMetaTypeInformation(bundle("org.athanor.engine.impl"));

        assertThat(info.getFactoryPids()).contains(FACTORY_PID);
        ObjectClassDefinition ocd = info.getObjectClassDefinition(FACTORY_PID, null);
        List<AttributeDefinition> attributes = Arrays.asList(ocd.getAttributeDefinitions(ObjectClassDefinition.ALL));
        assertThat(attributes).extracting(AttributeDefinition::getID)
                .contains("name", "url", ".password", "pool_size", "max_overflow", "pool_timeout", "echo");
        assertThat(attributes).filteredOn(a -> a.getID().equals(".password")).singleElement()
                .satisfies(a -> assertThat(a.getType()).isEqualTo(AttributeDefinition.PASSWORD));
        assertThat(attributes).filteredOn(a -> a.getID().equals("pool_size")).singleElement()
                .satisfies(a -> assertThat(a.getDefaultValue()).containsExactly("5"));
        assertThat(attributes).allSatisfy(a -> assertThat(a.getDescription()).isNotBlank());
    }
}
