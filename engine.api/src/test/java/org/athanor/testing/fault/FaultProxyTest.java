package org.athanor.testing.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {
    private EchoServer echo;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new EchoServer();
        proxy = FaultProxy.start("127.0.0.1", echo.port());
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        echo.close();
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, "hello")).isEqualTo("hello");
            assertThat(roundTrip(s, "again")).isEqualTo("again");
        }
        assertThat(proxy.acceptedConnections()).isEqualTo(1);
        assertThat(proxy.forwardedBytes()).isPositive();
    }

    @Test
    void dropClosesOpenConnectionsAndLetsNewOnesThrough() throws IOException {
        Socket a = connect();
        Socket b = connect();
        assertThat(roundTrip(a, "x")).isEqualTo("x");
        assertThat(roundTrip(b, "y")).isEqualTo("y");

        assertThat(proxy.drop()).isEqualTo(2);

        assertThat(endsOrFails(a)).isTrue();
        assertThat(endsOrFails(b)).isTrue();
        assertThat(proxy.droppedConnections()).isEqualTo(2);
        try (Socket c = connect()) {
            assertThat(roundTrip(c, "after")).isEqualTo("after");
        }
        a.close();
        b.close();
    }

    @Test
    void stallHoldsBytesUntilNormalThenDeliversThemInOrder() throws IOException {
        try (Socket s = connect()) {
            assertThat(roundTrip(s, "before")).isEqualTo("before");
            proxy.stall();
            s.getOutputStream().write("held".getBytes(StandardCharsets.US_ASCII));
            s.setSoTimeout(300);
            assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);

            proxy.normal();
            s.setSoTimeout(5_000);
            assertThat(read(s, 4)).isEqualTo("held");
            assertThat(roundTrip(s, "flow")).isEqualTo("flow");
        }
    }

    @Test
    void stallAppliesToNewConnectionsToo() throws IOException {
        proxy.stall();
        try (Socket s = connect()) {
            s.getOutputStream().write('z');
            s.setSoTimeout(300);
            assertThatThrownBy(() -> s.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            proxy.normal();
            s.setSoTimeout(5_000);
            assertThat(read(s, 1)).isEqualTo("z");
        }
    }

    @Test
    void refuseClosesNewConnectionsAtOnceButKeepsOpenOnes() throws IOException {
        try (Socket open = connect()) {
            assertThat(roundTrip(open, "open")).isEqualTo("open"); // accepted by the proxy, not just the kernel
            proxy.refuse();
            try (Socket s = connect()) {
                assertThat(endsOrFails(s)).isTrue();
            }
            assertThat(proxy.refusedConnections()).isEqualTo(1);
            assertThat(roundTrip(open, "still")).isEqualTo("still");

            proxy.normal();
            try (Socket s = connect()) {
                assertThat(roundTrip(s, "back")).isEqualTo("back");
            }
        }
    }

    @Test
    void unlistenRefusesAtTheSocketLevelUntilNormal() throws IOException {
        proxy.unlisten();
        assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
        proxy.normal();
        try (Socket s = connect()) {
            assertThat(roundTrip(s, "listening")).isEqualTo("listening");
        }
    }

    @Test
    void latencyDelaysEachChunkByAtLeastTheSetAmount() throws IOException {
        try (Socket s = connect()) {
            proxy.latency(Duration.ofMillis(100));
            long start = System.nanoTime();
            assertThat(roundTrip(s, "slow")).isEqualTo("slow");
            // two chunks (there and back), each delayed at least 100 ms: a lower bound, not a speed claim
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            proxy.normal();
            assertThat(roundTrip(s, "fast")).isEqualTo("fast");
        }
    }

    @Test
    void manyClientsAtOnceEachGetTheirOwnBytesBack() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String msg = "client-" + i + "-" + "x".repeat(i * 1000);
                sent.add(msg);
                results.add(pool.submit(() -> {
                    try (Socket s = connect()) {
                        return roundTrip(s, msg);
                    }
                }));
            }
            for (int i = 0; i < 32; i++) {
                assertThat(results.get(i).get()).isEqualTo(sent.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeEndsEveryThreadAndConnection() throws IOException {
        Socket a = connect();
        Socket b = connect();
        roundTrip(a, "a");
        proxy.stall();
        b.getOutputStream().write('b');

        proxy.close();

        assertThat(proxy.liveThreads()).isZero();
        assertThat(proxy.openConnections()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && t.getName().startsWith("fault-proxy-" + proxy.port() + "-"));
        assertThat(endsOrFails(a)).isTrue();
        assertThat(endsOrFails(b)).isTrue();
        assertThatThrownBy(this::connect).isInstanceOf(ConnectException.class);
        proxy.close(); // idempotent
        a.close();
        b.close();
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private Socket connect() throws IOException {
        Socket s = new Socket(proxy.host(), proxy.port());
        s.setSoTimeout(5_000);
        return s;
    }

    private static String roundTrip(Socket s, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        s.getOutputStream().write(b);
        s.getOutputStream().flush();
        return read(s, b.length);
    }

    private static String read(Socket s, int n) throws IOException {
        return new String(s.getInputStream().readNBytes(n), StandardCharsets.US_ASCII);
    }

    /** Whether the connection is ended: a read gives end of stream or an error, not a timeout. */
    private static boolean endsOrFails(Socket s) {
        try {
            s.setSoTimeout(5_000);
            return s.getInputStream().read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A server that sends back whatever it receives; one daemon thread per connection. */
    static final class EchoServer implements AutoCloseable {
        private final ServerSocket server;
        private final List<Socket> sockets = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final Thread acceptor;

        EchoServer() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            acceptor = new Thread(this::acceptLoop, "echo-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return server.getLocalPort();
        }

        private void acceptLoop() {
            while (true) {
                Socket s;
                try {
                    s = server.accept();
                } catch (IOException e) {
                    return;
                }
                sockets.add(s);
                Thread t = new Thread(() -> echo(s), "echo-conn");
                t.setDaemon(true);
                t.start();
            }
        }

        private static void echo(Socket s) {
            byte[] buf = new byte[4096];
            try (s) {
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                for (int n; (n = in.read(buf)) >= 0;) {
                    out.write(buf, 0, n);
                }
            } catch (IOException ignored) {
                // peer gone
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            for (Socket s : sockets) {
                s.close();
            }
            acceptor.join(2_000);
        }
    }
}
