package org.athanor.testing.suite;

import java.util.Objects;
import org.athanor.engine.Athanor;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;

/**
 * The database a conformance suite runs against: how to create an engine for it and what it can do.
 *
 * <p>Immutable and thread-safe (as thread-safe as the engine factory given to it).
 */
public final class TestDatabase {

    /**
     * Makes an engine for the database under test from the options a test needs.
     */
    @FunctionalInterface
    public interface EngineMaker {

        /**
         * Creates an engine.
         *
         * @param options the options the test asks for (pool, isolation level, ...); a maker may add its
         *     own, such as connect arguments, but should keep these
         * @return a new engine, which the suite disposes
         */
        Engine create(EngineOptions options);
    }

    private final String description;
    private final EngineMaker maker;
    private final Requirements requirements;

    private TestDatabase(String description, EngineMaker maker, Requirements requirements) {
        this.description = Objects.requireNonNull(description, "description");
        this.maker = Objects.requireNonNull(maker, "maker");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
    }

    /**
     * Describes a database reached through {@code Athanor.createEngine(url, options)}.
     *
     * @param url the URL text
     * @param requirements what it can do
     * @return the test database
     */
    public static TestDatabase of(String url, Requirements requirements) {
        URL parsed = URL.parse(url);
        return new TestDatabase(parsed.toString(), options -> Athanor.createEngine(parsed, options), requirements);
    }

    /**
     * Describes a database reached through an engine maker of your own.
     *
     * @param description how the database is named in skip messages, such as {@code sqlite file}
     * @param maker makes engines
     * @param requirements what it can do
     * @return the test database
     */
    public static TestDatabase of(String description, EngineMaker maker, Requirements requirements) {
        return new TestDatabase(description, maker, requirements);
    }

    /**
     * Creates an engine with default options.
     *
     * @return the engine; the caller disposes it
     */
    public Engine createEngine() {
        return createEngine(EngineOptions.defaults());
    }

    /**
     * Creates an engine.
     *
     * @param options the options
     * @return the engine; the caller disposes it
     */
    public Engine createEngine(EngineOptions options) {
        return maker.create(options);
    }

    /**
     * Returns what the database can do.
     *
     * @return the requirements
     */
    public Requirements requirements() {
        return requirements;
    }

    /**
     * Returns the name used in messages (a URL's password masked).
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
