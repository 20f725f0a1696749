package org.athanor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class LiveDatabaseTest {

    @Test
    void aListeningServerPassesTheProbe() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(LiveDatabase.probe("postgresql://postgres@127.0.0.1:" + server.getLocalPort() + "/test"))
                    .isNull();
        }
    }

    @Test
    void aClosedPortGivesOneLineNamingTheServerWithoutThePassword() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
        }
        String problem = LiveDatabase.probe("mysql://root:secret@127.0.0.1:" + port + "/test");
        assertThat(problem).contains("mysql", "127.0.0.1:" + port).doesNotContain("secret").doesNotContain("\n");
    }

    @Test
    void theDefaultPortComesFromTheBackend() throws IOException {
        assertThat(LiveDatabase.probe("foo://127.0.0.1/test")).contains("No port known");
    }

    @Test
    void unavailableSkipsOutsideCiAndFailsUnderCi() {
        Class<? extends Throwable> expected = LiveDatabase.isCi() ? AssertionFailedError.class
                : TestAbortedException.class;
        assertThatThrownBy(() -> LiveDatabase.unavailable("server gone; set X")).isInstanceOf(expected)
                .hasMessageContaining("server gone; set X");
    }

    @Test
    void configuredPrefersTheEnvironmentThenTheSystemPropertyThenTheDefault() {
        String name = "ATHANOR_TEST_UNSET_" + System.nanoTime();
        assertThat(LiveDatabase.configured(name, "sqlite://")).isEqualTo("sqlite://");
        System.setProperty(name, " postgresql://u@h/db ");
        try {
            assertThat(LiveDatabase.configured(name, "sqlite://")).isEqualTo("postgresql://u@h/db");
        } finally {
            System.clearProperty(name);
        }
        assertThat(LiveDatabase.configured("ATHANOR_TEST_MARKER", "x")).as("set by surefire").isEqualTo("1");
    }
}
