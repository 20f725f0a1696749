package org.athanor.engine.impl.osgi;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.felix.service.command.Descriptor;
import org.athanor.engine.Engine;
import org.athanor.engine.impl.shell.EngineCatalog;
import org.athanor.engine.impl.shell.EngineShell;
import org.athanor.engine.impl.shell.QueryShell;
import org.athanor.engine.impl.shell.ShellException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The Gogo commands of scope {@code engine}, a thin shell over {@link EngineShell} and {@link QueryShell}: each
 * method passes its arguments on, prints to the command's standard output, and turns any failure into one line
 * ({@link ShellException}), which makes the command fail (and Athanor's script mode end with a non-zero status).
 *
 * <p>Gogo is optional: without it this is an unused service.
 *
 * <p>Thread-safe: every command run makes its own shell objects; the engine list is replaced as a whole by DS.
 */
@Component(service = EngineCommands.class, property = {
    "osgi.command.scope=engine",
    "osgi.command.function=dialects", "osgi.command.function=list", "osgi.command.function=create",
    "osgi.command.function=dispose", "osgi.command.function=sql", "osgi.command.function=tables",
    "osgi.command.function=describe", "osgi.command.function=pool"})
public final class EngineCommands {
    /** How long {@code create} and {@code dispose} wait for the engine to come or go. */
    static final Duration WAIT = Duration.ofSeconds(10);

    private final DialectRegistryComponent registry;
    private final EngineCatalog catalog;

    @Reference(service = Engine.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = FieldOption.REPLACE)
    private volatile List<Map.Entry<Map<String, ?>, Engine>> engines = List.of();

    /**
     * Creates the commands.
     *
     * @param registry the registry component
     * @param configurationAdmin where engine configurations are kept
     */
    @Activate
    public EngineCommands(@Reference DialectRegistryComponent registry,
            @Reference ConfigurationAdmin configurationAdmin) {
        this.registry = registry;
        this.catalog = new ConfigAdminCatalog(this::published, configurationAdmin);
    }

    private List<EngineCatalog.Published> published() {
        return engines.stream().map(e -> ConfigAdminCatalog.published(e.getKey(), e.getValue()))
                .filter(Objects::nonNull).toList();
    }

    /** engine:dialects. */
    @Descriptor("list the registered dialects: name, driver, whether it is the default driver, providing bundle")
    public void dialects() {
        engineShell(EngineShell::dialects);
    }

    /** engine:list. */
    @Descriptor("list the engines: name, dialect, URL (password masked) and pool status")
    public void list() {
        engineShell(EngineShell::list);
    }

    /**
     * engine:create.
     *
     * @param name the engine's name
     * @param url the URL
     * @param options the options
     */
    @Descriptor("create an engine, kept as a configuration so it survives a restart")
    public void create(
            @Descriptor("the engine's name") String name,
            @Descriptor("the database URL, such as sqlite:///app.db (quote it if it has & or ;)") String url,
            @Descriptor("engine options as key=value, such as pool_size=10 echo=true") String... options) {
        engineShell(s -> s.create(name, url, List.of(options)));
    }

    /**
     * engine:dispose.
     *
     * @param name the engine's name
     */
    @Descriptor("dispose an engine and delete its configuration")
    public void dispose(@Descriptor("the engine's name") String name) {
        engineShell(s -> s.dispose(name));
    }

    /**
     * engine:sql.
     *
     * @param name the engine's name
     * @param sql the statement, in words
     */
    @Descriptor("run one SQL statement: prints the rows as a table, or the number of rows affected")
    public void sql(
            @Descriptor("the engine's name") String name,
            @Descriptor("the statement, in quotes, such as \"select * from t\"") String... sql) {
        queryShell(s -> s.sql(name, String.join(" ", sql)));
    }

    /**
     * engine:tables.
     *
     * @param name the engine's name
     */
    @Descriptor("list the tables and views of an engine's database")
    public void tables(@Descriptor("the engine's name") String name) {
        queryShell(s -> s.tables(name));
    }

    /**
     * engine:describe.
     *
     * @param name the engine's name
     * @param table the table
     */
    @Descriptor("describe a table's columns: type, nullability, default, primary key")
    public void describe(@Descriptor("the engine's name") String name,
            @Descriptor("the table's name (schema.table for another schema)") String table) {
        queryShell(s -> s.describe(name, table));
    }

    /**
     * engine:pool.
     *
     * @param name the engine's name
     */
    @Descriptor("show an engine's pool: size, checked in, checked out, overflow, timeouts so far")
    public void pool(@Descriptor("the engine's name") String name) {
        engineShell(s -> s.pool(name));
    }

    private void engineShell(Consumer<EngineShell> command) {
        run(out -> command.accept(new EngineShell(registry.factory(), catalog, out, WAIT)));
    }

    private void queryShell(Consumer<QueryShell> command) {
        run(out -> command.accept(new QueryShell(catalog, out)));
    }

    /** Runs a command with Gogo's standard output (System.out, redirected per session) and one-line failures. */
    private static void run(Consumer<PrintWriter> command) {
        PrintWriter out = new PrintWriter(System.out, false);
        try {
            command.accept(out);
        } catch (RuntimeException | LinkageError e) {
            throw ShellException.of(e);
        } finally {
            out.flush();
        }
    }
}
