package org.athanor.engine.impl.osgi;

import org.athanor.engine.impl.config.EngineSpec;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * The Metatype description of an engine configuration (factory PID {@value EngineSpec#FACTORY_PID}), for
 * configuration tools: the name, the URL, the password and the common engine options with their defaults. Any
 * other option of {@link org.athanor.engine.EngineOptions#fromMap} may be added to a configuration as well
 * ({@code connect_args.NAME}, {@code execution_options.NAME}, dialect options).
 *
 * <p>The attribute ids are snake_case, as SQLAlchemy's {@code create_engine} arguments: a double underscore in a
 * method name stands for one underscore in the id, and a leading underscore for a dot ({@code _password} is
 * {@code .password}, a private property that Configuration Admin tools do not show). The configuration is read
 * as a map by {@link EngineSpec}, which checks every value; this interface only describes it.
 *
 * <p>An annotation type: immutable and thread-safe.
 */
@ObjectClassDefinition(id = EngineSpec.FACTORY_PID, name = "Athanor engine",
        description = "A database engine (URL, pool and options), registered as an org.athanor.engine.Engine"
                + " service with the given name.")
public @interface EngineConfiguration {

    /** @return the engine's name, unique among engines */
    @AttributeDefinition(name = "Name", description = "The engine's name: the 'name' property of its Engine"
            + " service and the NAME of the engine: shell commands.")
    String name();

    /** @return the database URL */
    @AttributeDefinition(name = "URL", description = "The database URL, such as sqlite:///app.db or"
            + " postgresql://scott@localhost/test. A password in it is never shown; prefer the Password field.")
    String url();

    /** @return the password, merged into the URL */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "The database password, merged into the URL (the private property .password).")
    String _password() default "";

    /** @return the pool size */
    @AttributeDefinition(name = "Pool size", min = "0", description = "Connections a queue pool keeps open.")
    int pool__size() default 5;

    /** @return the overflow */
    @AttributeDefinition(name = "Max overflow", min = "-1",
            description = "Connections a queue pool may open beyond its size; -1 for no limit.")
    int max__overflow() default 10;

    /** @return the checkout timeout */
    @AttributeDefinition(name = "Pool timeout", description = "How long a checkout waits for a free connection:"
            + " seconds (30, 2.5) or an ISO-8601 duration (PT30S).")
    String pool__timeout() default "30";

    /** @return the recycle age */
    @AttributeDefinition(name = "Pool recycle", description = "The age in seconds (or ISO-8601 duration) past"
            + " which a connection is replaced at checkout; -1 for never.")
    String pool__recycle() default "-1";

    /** @return whether connections are tested at checkout */
    @AttributeDefinition(name = "Pre-ping", description = "Test each connection at checkout and replace it if it"
            + " is dead.")
    boolean pool__pre__ping() default false;

    /** @return what the pool does to returned connections */
    @AttributeDefinition(name = "Reset on return", description = "What the pool does to a returned connection.",
            options = {@Option(value = "rollback"), @Option(value = "commit"), @Option(value = "none")})
    String reset__on__return() default "rollback";

    /** @return the statement logging */
    @AttributeDefinition(name = "Echo", description = "Log statements and parameters (debug: rows as well).",
            options = {@Option(value = "false"), @Option(value = "true"), @Option(value = "debug")})
    String echo() default "false";

    /** @return the pool logging */
    @AttributeDefinition(name = "Echo pool", description = "Log pool events (debug: checkouts and checkins too).",
            options = {@Option(value = "false"), @Option(value = "true"), @Option(value = "debug")})
    String echo__pool() default "false";

    /** @return the implicit execution strategy */
    @AttributeDefinition(name = "Strategy", description = "plain, or threadlocal (implicit execution shares the"
            + " thread's connection).", options = {@Option(value = "plain"), @Option(value = "threadlocal")})
    String strategy() default "plain";

    /** @return the isolation level */
    @AttributeDefinition(name = "Isolation level", required = false, description = "The isolation level of"
            + " every connection, such as READ COMMITTED, SERIALIZABLE or AUTOCOMMIT; empty for the driver's.")
    String isolation__level() default "";

    /** @return the logging name */
    @AttributeDefinition(name = "Logging name", required = false,
            description = "The name in the engine's log lines; empty for one made from the URL.")
    String logging__name() default "";
}
