package org.athanor.testing.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.athanor.engine.Athanor;
import org.athanor.engine.Connection;
import org.athanor.engine.Echo;
import org.athanor.engine.Engine;
import org.athanor.engine.EngineOptions;
import org.athanor.engine.URL;
import org.athanor.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * A password is never shown (issue 7): a run with a known password — in the URL, as a connect argument — that
 * logs every statement, parameter, row and pool event, leaks and reclaims a connection, has its connections
 * killed, times out on the pool, fails to connect (wrong password, wrong database, nothing listening) and
 * parses a broken URL, then looks for the password, plain and percent-encoded, in every log line (SLF4J's
 * and the drivers'), everything written to standard output, and every exception's message, string form and
 * stack trace with its causes. A dialect module subclasses it with its {@link FaultTarget}.
 *
 * <p>Not thread-safe; JUnit runs one test at a time per instance.
 */
public abstract class PasswordSuite {

    /**
     * Returns the database under test.
     *
     * @return the target
     */
    protected abstract FaultTarget target();

    @Test
    void theKnownPasswordAppearsInNoLogLineMessageOrStackTrace() {
        String password = "Pw-" + FaultFixture.uniqueName("secret").substring(7) + "-Zq9";
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
        List<Throwable> errors = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        String logged;
        try (FaultFixture fixture = new FaultFixture(target()); LogCapture log = LogCapture.start()) {
            System.setOut(new PrintStream(new TeeStream(stdout, originalOut), true, StandardCharsets.UTF_8));
            String user = FaultFixture.uniqueName("athanor_pw");
            fixture.run(target().createLimitedUserSql(user, password, 10));
            try {
                URL good = fixture.url(null).withUsername(user).withPassword(password);
                exercise(fixture, good, errors, shown);
                failToConnect(good, errors, shown);
                withConnectArgument(fixture, user, password, errors, shown);
            } finally {
                fixture.run(target().dropUserSql(user));
            }
            logged = log.text();
        } finally {
            System.setOut(originalOut);
        }
        assertThat(logged).as("echo worked").contains("INSERT INTO").contains("Connection");
        assertThat(errors).as("failures provoked").hasSizeGreaterThanOrEqualTo(4);
        List<String> haystacks = new ArrayList<>(shown);
        haystacks.add(logged);
        haystacks.add(stdout.toString(StandardCharsets.UTF_8));
        for (Throwable t : errors) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            haystacks.add(String.valueOf(t.getMessage()));
            haystacks.add(t.toString());
            haystacks.add(trace.toString());
        }
        int lines = 0;
        List<String> offending = new ArrayList<>();
        for (String text : haystacks) {
            for (String line : text.split("\n", -1)) {
                lines++;
                if (line.contains(password) || line.contains(encoded)) {
                    // shown masked, so that even a failing run does not print it
                    offending.add(line.replace(password, "<PASSWORD>").replace(encoded, "<ENCODED PASSWORD>"));
                }
            }
        }
        assertThat(offending).as("lines showing the password").isEmpty();
        System.out.println("[password] " + target().name() + ": " + lines + " lines of logs, output, messages and"
                + " stack traces from " + errors.size() + " errors searched; password seen 0 times");
    }

    /** Everything an engine logs and shows while it works, with its connections killed, leaked and timed out. */
    private void exercise(FaultFixture fixture, URL good, List<Throwable> errors, List<String> shown) {
        String table = FaultFixture.uniqueName("pw");
        Engine engine = Athanor.createEngine(good, EngineOptions.builder().poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofMillis(200)).echo(Echo.DEBUG).echoPool(Echo.DEBUG)
                .leakDetectionThreshold(Duration.ofMillis(50)).build());
        try {
            // a temporary table: the login may not create tables; it lives on the pool's one connection
            engine.execute("CREATE TEMPORARY TABLE " + table + " (id INTEGER PRIMARY KEY, name VARCHAR(50))").close();
            engine.execute("INSERT INTO " + table + " VALUES (?, ?)", 1, "row one").close();
            engine.execute("SELECT * FROM " + table).all();
            shown.add(engine.toString());
            shown.add(engine.url().toString());
            shown.add(engine.options().toString());
            shown.add(engine.pool().status());
            try (Connection held = engine.connect()) {
                FaultFixture.sleep(300); // past the leak threshold: a warning with the checkout's stack
                shown.add(engine.pool().checkouts().toString());
                collect(errors, () -> engine.connect().close()); // pool of one: a pool timeout
                held.execute("SELECT 1").scalar();
            }
            fixture.killAll(); // the temporary table goes with the connection
            collect(errors, () -> engine.execute("SELECT * FROM " + table).all()); // a disconnect
        } finally {
            engine.dispose();
        }
    }

    /** Connect failures: wrong password, wrong database, nothing listening, a broken URL. */
    private void failToConnect(URL good, List<Throwable> errors, List<String> shown) {
        for (URL bad : List.of(good.withPassword(good.password() + "Wrong"),
                good.withDatabase(FaultFixture.uniqueName("no_such_db")), good.withPort(ServerProcess.freePort()))) {
            Engine engine = Athanor.createEngine(bad, EngineOptions.builder().echo(Echo.DEBUG).echoPool(Echo.DEBUG)
                    .build());
            try {
                shown.add(engine.toString());
                collect(errors, () -> engine.execute("SELECT 1").scalar());
                collect(errors, () -> engine.execute("SELECT 1").scalar()); // the second failure in a row
                collect(errors, () -> engine.execute("SELECT 1").scalar()); // fails fast, quoting the last one
            } finally {
                engine.dispose();
            }
        }
        collect(errors, () -> URL.parse(good.render(false).replace("@" + good.host() + ":" + good.port(), "@"
                + good.host() + ":notaport")));
    }

    /** The password as a driver connect argument instead of in the URL. */
    private void withConnectArgument(FaultFixture fixture, String user, String password, List<Throwable> errors,
            List<String> shown) {
        Engine engine = Athanor.createEngine(fixture.url(null).withUsername(user), EngineOptions.builder()
                .connectArg("password", password).echo(Echo.DEBUG).echoPool(Echo.DEBUG).build());
        try {
            engine.execute("SELECT 1").scalar();
            shown.add(engine.options().toString());
            shown.add(engine.toString());
        } catch (RuntimeException e) {
            errors.add(e);
        } finally {
            engine.dispose();
        }
    }

    private static void collect(List<Throwable> errors, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            errors.add(e);
        }
    }

    /** Writes to two streams. */
    private static final class TeeStream extends java.io.OutputStream {
        private final java.io.OutputStream a;
        private final java.io.OutputStream b;

        TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
