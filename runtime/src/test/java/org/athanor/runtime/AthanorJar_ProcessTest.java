package org.athanor.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Runs the exported {@code athanor.jar} as a child process with commands piped to its standard input, the
 * way a script uses it. Run by failsafe after {@code package}; each test uses a fresh current directory.
 */
class AthanorJar_ProcessTest {
    private static final Path JAR = Path.of(System.getProperty("athanor.jar", "target/athanor.jar")).toAbsolutePath();
    private static final Path RUNS = Path.of(System.getProperty("athanor.test.dir", "target/process-tests")).toAbsolutePath();

    private Path directory;

    /** What one run of the jar left behind. */
    private record Run(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeEach
    void freshDirectory(TestInfo test) throws IOException {
        directory = RUNS.resolve(test.getTestMethod().orElseThrow().getName());
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(directory);
    }

    private Run run(String stdin) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString())
                .directory(directory.toFile())
                .redirectOutput(directory.resolve("out.txt").toFile())
                .redirectError(directory.resolve("err.txt").toFile())
                .start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("athanor.jar did not end after its input ended; see " + directory);
        }
        return new Run(process.exitValue(),
                Files.readString(directory.resolve("out.txt")),
                Files.readString(directory.resolve("err.txt")));
    }

    @Test
    void pipedEchoPrintsItsArgumentAndExitsZero() throws Exception {
        Run run = run("echo 1\n");

        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("1");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFailingCommandPrintsOneLineAndExitsNonZero() throws Exception {
        Run run = run("nosuchcommand\necho after\n");

        assertThat(run.status()).isNotZero();
        assertThat(run.errLines()).hasSize(1).first().asString()
                .startsWith("athanor: line 1: ")
                .contains("nosuchcommand");
        assertThat(run.out().lines()).containsExactly("after");
    }

    @Test
    void theShippedDefaultEngineAnswersAPipedQuery() throws Exception {
        Run run = run("engine:sql default \"select 1\"\n");

        assertThat(run.status()).as("exit status; stderr: %s", run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(" 1", "---", " 1", "(1 row)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFailingEngineCommandPrintsOneLineAndExitsNonZero() throws Exception {
        Run run = run("engine:sql nosuch \"select 1\"\n");

        assertThat(run.status()).isNotZero();
        assertThat(run.errLines()).containsExactly("athanor: line 1: No engine named 'nosuch'; engine:list shows the"
                + " engines, engine:create adds one.");
    }

    @Test
    void anEngineCreatedInTheShellSurvivesARestart() throws Exception {
        String url = "sqlite:///" + directory.toRealPath().resolve("kept.db").toString().replace('\\', '/');
        Run first = run("engine:create kept " + url + " pool_size=2\n"
                + "engine:sql kept \"create table t (x integer)\"\n");
        assertThat(first.status()).as("exit status; stderr: %s", first.err()).isZero();

        Run second = run("engine:sql kept \"select count(*) as n from t\"\nengine:pool kept\n");

        assertThat(second.status()).as("exit status; stderr: %s", second.err()).isZero();
        assertThat(second.out()).contains("(1 row)").containsPattern("size\\s+\\|\\s+2");
    }

    @Test
    void theFirstStartCreatesTheWorkingFolderAndLaterStartsKeepItsEdits() throws Exception {
        run("echo first\n");
        Path home = directory.resolve("athanor");
        Path cfg = home.resolve("etc").resolve(WorkingFolder.DEFAULT_ENGINE_CFG);
        String url = "sqlite:///" + home.toRealPath().resolve("data").toString().replace('\\', '/') + "/athanor.db";
        assertThat(home.resolve("deploy")).isDirectory();
        assertThat(home.resolve("data").resolve("config")).isDirectory();
        assertThat(Files.readAllLines(cfg)).contains("name = default", "url = " + url);

        Files.writeString(cfg, "name = default\nurl = sqlite://\n");
        Run second = run("echo second\n");

        assertThat(second.status()).isZero();
        assertThat(cfg).hasContent("name = default\nurl = sqlite://\n");
    }

    @Test
    void deletingAConfigurationFileWhileStoppedRemovesItsConfiguration() throws Exception {
        run("echo first\n");
        Path home = directory.resolve("athanor");
        Path cfg = home.resolve("etc").resolve(WorkingFolder.DEFAULT_ENGINE_CFG);
        assertThat(storedConfigurationsMentioning(home, cfg.getFileName().toString())).isNotEmpty();

        Files.delete(cfg);
        Run second = run("echo second\n");

        assertThat(second.status()).isZero();
        assertThat(storedConfigurationsMentioning(home, cfg.getFileName().toString())).isEmpty();
    }

    /** The files of Configuration Admin's storage that mention a name (the .cfg a configuration came from). */
    private static List<Path> storedConfigurationsMentioning(Path home, String name) throws IOException {
        try (var files = Files.walk(home.resolve("data").resolve("config"))) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        try {
                            return Files.readString(f, StandardCharsets.ISO_8859_1).contains(name);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
