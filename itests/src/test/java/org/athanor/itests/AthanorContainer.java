package org.athanor.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.inject.Inject;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.options.UrlProvisionOption;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The Felix container every integration test runs in: Athanor's bundles as this build packaged them, the
 * JDBC drivers, SCR, Configuration Admin, Metatype, Gogo, SLF4J 2 through SPI Fly, and TinyBundles for
 * building bundles inside the container. One container per test class.
 *
 * <p>Bundles come from the files named by the {@code itest.bundle.<artifactId>} system properties that
 * failsafe sets (see itests/pom.xml), so the reactor's bundles need no {@code mvn install}. A subclass adds
 * options of its own by overriding {@link #extraOptions()}.
 *
 * <p>Start levels: SPI Fly, ASM and SLF4J at 1, before anything logs; the services, drivers and Athanor at
 * Pax Exam's default 3; Gogo's jline shell at 4, after the command providers; the test probe at 5.
 *
 * <p>Thread safety: JUnit creates one instance per test method; instances are not shared.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class AthanorContainer {
    /** The Bundle-SymbolicNames of Athanor's own bundles. */
    protected static final String[] ATHANOR_BUNDLES = {
        "org.athanor.engine.api", "org.athanor.engine.impl",
        "org.athanor.dialect.sqlite", "org.athanor.dialect.postgresql",
        "org.athanor.dialect.mysql", "org.athanor.dialect.oracle",
    };

    /** The Bundle-SymbolicNames of the JDBC drivers in the container (Oracle's comes once it is wrapped). */
    protected static final String[] DRIVER_BUNDLES = {
        "org.xerial.sqlite-jdbc", "org.postgresql.jdbc", "com.mysql.cj", "mariadb-java-client",
    };

    private static final int EARLY = 1;
    private static final int SHELL = 4;
    /** Held so that java.util.logging (shared with the container's bundles) keeps the level set on it. */
    private static final Logger SPI_FLY_LOG = Logger.getLogger("org.apache.aries.spifly");

    /** The test bundle's context, injected by Pax Exam. */
    @Inject
    protected BundleContext context;

    /**
     * The container's configuration: the shared bundles and properties, then {@link #extraOptions()}.
     *
     * @return Pax Exam's options
     */
    @Configuration
    public Option[] configuration() {
        SPI_FLY_LOG.setLevel(Level.WARNING); // its start-up messages, one per container
        return options(
                frameworkProperty("gosh.args").value("--nointeractive"),
                frameworkProperty("gosh.home").value(required("itest.gosh.home")),
                frameworkProperty("ds.loglevel").value("warn"),
                systemProperty("org.jline.terminal.dumb").value("true"),
                systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"),

                composite(logging()),
                composite(services()),
                composite(drivers()),
                composite(athanor()),
                composite(tinyBundles()),
                junitBundles(),
                jar("assertj-core"),
                jar("byte-buddy"),
                composite(extraOptions()));
    }

    /**
     * Options a test class adds to the shared configuration.
     *
     * @return the options; none by default
     */
    protected Option[] extraOptions() {
        return new Option[0];
    }

    private static Option[] logging() {
        return new Option[] {
            jar("org.apache.aries.spifly.dynamic.bundle").startLevel(EARLY),
            jar("asm").startLevel(EARLY),
            jar("asm-commons").startLevel(EARLY),
            jar("asm-tree").startLevel(EARLY),
            jar("asm-analysis").startLevel(EARLY),
            jar("asm-util").startLevel(EARLY),
            jar("slf4j-api").startLevel(EARLY),
            jar("slf4j-simple").startLevel(EARLY),
        };
    }

    private static Option[] services() {
        return new Option[] {
            jar("org.osgi.util.function"),
            jar("org.osgi.util.promise"),
            jar("org.osgi.service.component"),
            jar("org.osgi.service.log"),
            jar("org.apache.felix.scr"),
            jar("org.apache.felix.configadmin"),
            jar("org.apache.felix.metatype"),
            jar("org.apache.felix.gogo.runtime"),
            jar("org.apache.felix.gogo.command"),
            jar("jline"),
            jar("org.apache.felix.gogo.jline").startLevel(SHELL),
        };
    }

    private static Option[] drivers() {
        // Oracle's ojdbc11 joins here (and in DRIVER_BUNDLES) once it is wrapped as a bundle
        return new Option[] {
            jar("sqlite-jdbc"), jar("postgresql"), jar("mysql-connector-j"), jar("mariadb-java-client"),
        };
    }

    private static Option[] athanor() {
        return new Option[] {
            jar("engine.api"), jar("engine.impl"),
            jar("dialect.sqlite"), jar("dialect.postgresql"), jar("dialect.mysql"), jar("dialect.oracle"),
        };
    }

    private static Option[] tinyBundles() {
        return new Option[] {
            jar("org.osgi.service.repository"),
            jar("biz.aQute.bnd.util"),
            jar("biz.aQute.bndlib"),
            jar("tinybundles"),
        };
    }

    /**
     * Provisions the bundle whose file failsafe named in {@code itest.bundle.<artifactId>}.
     *
     * @param artifactId the Maven artifactId of a dependency of the itests module
     * @return the provisioning option, started at Pax Exam's default start level
     */
    protected static UrlProvisionOption jar(String artifactId) {
        return bundle(new File(required("itest.bundle." + artifactId)).toURI().toString());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("The system property " + property + " is not set; run the integration "
                    + "tests through Maven (mvn verify), whose failsafe configuration in itests/pom.xml sets it");
        }
        return value;
    }
}
