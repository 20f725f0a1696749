package org.athanor.engine.impl.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.athanor.dialect.DialectInfo;
import org.athanor.engine.EngineFactory;
import org.athanor.engine.URL;
import org.athanor.engine.impl.config.EngineSpec;
import org.athanor.exc.AthanorException;
import org.athanor.exc.UnknownDialectException;
import org.athanor.pool.Pool;
import org.athanor.pool.PoolStatistics;

/**
 * The logic of the {@code engine:} commands that manage engines: {@code dialects}, {@code list}, {@code create},
 * {@code dispose} and {@code pool}. Each writes its report to the {@link PrintWriter} and fails with a one-line
 * {@link ShellException}; passwords are never printed.
 *
 * <p>Not thread-safe: make one per command run (it is cheap).
 */
public final class EngineShell {
    /** Engine names: letters, digits, {@code _}, {@code .} and {@code -}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");

    private final EngineFactory factory;
    private final EngineCatalog catalog;
    private final PrintWriter out;
    private final Duration wait;

    /**
     * Creates the commands.
     *
     * @param factory the engine factory, whose registry lists the dialects and checks new engines
     * @param catalog the engines and their configurations
     * @param out where reports go
     * @param wait how long {@code create} and {@code dispose} wait for the engine to come or go
     */
    public EngineShell(EngineFactory factory, EngineCatalog catalog, PrintWriter out, Duration wait) {
        this.factory = factory;
        this.catalog = catalog;
        this.out = out;
        this.wait = wait;
    }

    /** Lists the registered dialects: name, driver, whether default, ranking, and where each comes from. */
    public void dialects() {
        List<DialectInfo> dialects = factory.registry().dialects();
        TextTable table = TextTable.of("NAME", "DRIVER", "DEFAULT", "RANKING", "PROVIDED BY");
        for (DialectInfo d : dialects) {
            table.add(d.name(), d.driver(), d.defaultDriver() ? "yes" : "no", d.ranking(), d.source());
        }
        table.print(out);
        out.println(count(table.size(), "dialect"));
    }

    /** Lists the engines: name, dialect, URL (password masked) and pool status, then configured ones not running. */
    public void list() {
        TextTable table = TextTable.of("NAME", "DIALECT", "URL", "STATUS").maxWidth(Integer.MAX_VALUE);
        Set<String> running = new HashSet<>();
        for (EngineCatalog.Published p : catalog.engines()) {
            running.add(p.name());
            table.add(p.name(), p.dialect(), p.engine().url().toString(), poolSummary(p.engine().pool()));
        }
        for (EngineCatalog.Stored s : catalog.configurations()) {
            if (running.contains(s.name())) {
                continue;
            }
            EngineSpec spec;
            try {
                spec = EngineSpec.from(s.properties());
            } catch (AthanorException e) {
                table.add(s.name(), "", "", "not running: " + e.getMessage());
                continue;
            }
            String dialect = spec.url().drivername();
            table.add(s.name(), dialect, spec.url().toString(), isRegistered(dialect)
                    ? "not running: its configuration is wrong (see the log)"
                    : "waiting for a dialect for " + dialect + "://");
        }
        table.print(out);
        out.println(count(table.size(), "engine"));
    }

    /**
     * Creates an engine by storing its configuration (so it survives a restart), then waits for it to start.
     *
     * @param name the engine's name
     * @param url the database URL; a password in it is stored apart, as the private {@code .password}
     * @param options engine options as {@code key=value}, such as {@code pool_size=10}
     */
    public void create(String name, String url, List<String> options) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ShellException("'" + name + "' is not an engine name; use letters, digits, '_', '.' and '-'.");
        }
        if (catalog.configurations().stream().anyMatch(s -> s.name().equals(name))) {
            throw new ShellException("An engine named '" + name + "' exists already; dispose it first"
                    + " (engine:dispose " + name + ") or choose another name.");
        }
        Map<String, Object> properties = properties(name, url, options);
        EngineSpec spec;
        try {
            spec = EngineSpec.from(properties);
        } catch (AthanorException e) {
            throw new ShellException(e.getMessage());
        }
        boolean dialectPresent = check(spec);
        catalog.create(name, properties);
        if (!dialectPresent) {
            out.println("Engine '" + name + "' configured; it starts once a dialect for " + spec.url().drivername()
                    + ":// is installed (engine:dialects lists them).");
        } else if (catalog.await(name, true, wait)) {
            out.println("Engine '" + name + "' created on " + spec.url() + ".");
        } else {
            out.println("Engine '" + name + "' configured, but it did not start within " + wait.toSeconds()
                    + " s; see the log.");
        }
    }

    /**
     * Disposes an engine by deleting its configuration.
     *
     * @param name the engine's name
     */
    public void dispose(String name) {
        EngineCatalog.Stored stored = catalog.configurations().stream().filter(s -> s.name().equals(name))
                .findFirst().orElseThrow(() -> new ShellException("No engine configuration named '" + name
                        + "'; engine:list shows the engines."));
        catalog.delete(name);
        catalog.await(name, false, wait);
        out.println("Engine '" + name + "' disposed and its configuration deleted.");
        if (stored.file() != null) {
            out.println("It was read from " + stored.file() + ": delete that file as well, or it may come back.");
        }
    }

    /**
     * Shows an engine's pool figures.
     *
     * @param name the engine's name
     */
    public void pool(String name) {
        EngineCatalog.Published p = catalog.require(name);
        Pool pool = p.engine().pool();
        PoolStatistics s = pool.statistics();
        TextTable table = TextTable.of("POOL", pool.getClass().getSimpleName());
        table.add("size", s.size());
        table.add("checked in", s.checkedIn());
        table.add("checked out", s.checkedOut());
        table.add("overflow", s.overflow());
        table.add("max overflow", s.maxOverflow());
        table.add("timeouts", s.timeouts());
        table.add("invalidations", s.invalidations());
        table.print(out);
    }

    private static String poolSummary(Pool pool) {
        PoolStatistics s = pool.statistics();
        return pool.getClass().getSimpleName() + " size " + s.size() + ", " + s.checkedIn() + " in, "
                + s.checkedOut() + " out, overflow " + s.overflow() + ", " + s.timeouts() + " timeouts";
    }

    private static Map<String, Object> properties(String name, String url, List<String> options) {
        if (url == null || url.isBlank()) {
            throw new ShellException("engine:create needs a URL after the name, such as sqlite:///app.db.");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(EngineSpec.NAME, name);
        try {
            URL parsed = URL.parse(url.trim());
            if (parsed.password() != null) {
                properties.put(EngineSpec.PRIVATE_PASSWORD, parsed.password());
                parsed = parsed.withPassword(null);
            }
            properties.put(EngineSpec.URL_KEY, parsed.render(false));
        } catch (AthanorException e) {
            throw new ShellException(e.getMessage());
        }
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new ShellException("'" + option + "' is not an option; write key=value, such as pool_size=10.");
            }
            String key = option.substring(0, eq).trim();
            if (!EngineSpec.isOption(key)) {
                throw new ShellException("'" + key + "' cannot be set as an option; the name and URL come first.");
            }
            properties.put(key, option.substring(eq + 1).trim());
        }
        return properties;
    }

    /** Builds (and disposes at once) the engine to check its options; false if no dialect answers yet. */
    private boolean check(EngineSpec spec) {
        try {
            factory.createEngine(spec.url(), spec.options()).dispose();
            return true;
        } catch (UnknownDialectException e) {
            return false;
        } catch (AthanorException e) {
            throw new ShellException(e.getMessage());
        }
    }

    private boolean isRegistered(String drivername) {
        int plus = drivername.indexOf('+');
        return factory.registry().dialects().stream().anyMatch(d -> plus < 0
                ? d.name().equals(drivername) : d.qualifiedName().equals(drivername));
    }

    static String count(int n, String noun) {
        return "(" + n + " " + noun + (n == 1 ? ")" : "s)");
    }
}
