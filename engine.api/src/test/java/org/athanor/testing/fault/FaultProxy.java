package org.athanor.testing.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy for fault tests: it listens on {@code 127.0.0.1} at an ephemeral port, forwards
 * every connection to a target host and port, and on command breaks the traffic the way networks and
 * servers do — {@link #drop()} every connection now, {@link #stall()} both directions, {@link #refuse()}
 * new connections (accepted and closed at once) or {@link #unlisten()} (nothing listens: connection
 * refused), add {@link #latency(Duration)} to every chunk — and goes back to plain forwarding with
 * {@link #normal()}. Point an engine at {@link #host()}:{@link #port()} instead of the server.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start("127.0.0.1", 5432)) {
 *     Engine engine = Athanor.createEngine("postgresql://postgres@127.0.0.1:" + proxy.port() + "/test");
 *     ...
 *     proxy.drop();      // every open connection dies now
 * }
 * }</pre>
 *
 * <p>Each connection is a {@link Link}: two pump threads, each copying one direction through a buffer of
 * {@value #CHUNK} bytes, so memory per connection is bounded. A stall holds the chunk in hand and stops
 * reading, so the kernel's socket buffers fill and the peers see silence; {@link #normal()} releases it
 * and the byte stream goes on intact. Threads are daemons, tracked, and joined by {@link #close()}.
 *
 * <p>Thread-safe: any thread may send commands at any time.
 */
public final class FaultProxy implements AutoCloseable {
    /** Bytes a pump reads and forwards at once. */
    static final int CHUNK = 16 * 1024;
    /** How long connecting to the target may take before the client's connection is closed. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** How long {@link #close()} waits for each thread to end. */
    static final long JOIN_MILLIS = 2_000;

    private final String targetHost;
    private final int targetPort;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    /** Guards the mode fields' transitions and wakes stalled pumps; pumps read the volatiles directly. */
    private final Object lock = new Object();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong forwardedBytes = new AtomicLong();
    private volatile boolean stalled;
    private volatile boolean refusing;
    private volatile long latencyNanos;
    private volatile boolean closed;
    private volatile ServerSocket server;
    private volatile Thread acceptor;
    private final int port;

    private FaultProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        ServerSocket s = bind(0);
        this.port = s.getLocalPort();
        listen(s);
    }

    /**
     * Starts a proxy in front of a server.
     *
     * @param targetHost the server's host
     * @param targetPort the server's port
     * @return the running proxy, listening on {@code 127.0.0.1}:{@link #port()}
     * @throws UncheckedIOException if no local port could be bound
     */
    public static FaultProxy start(String targetHost, int targetPort) {
        try {
            return new FaultProxy(targetHost, targetPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not bind a loopback port for the fault proxy", e);
        }
    }

    /**
     * Returns the host the proxy listens on.
     *
     * @return {@code 127.0.0.1}
     */
    public String host() {
        return "127.0.0.1";
    }

    /**
     * Returns the port the proxy listens on; it stays the same across {@link #unlisten()} and
     * {@link #normal()}.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Closes every open connection, both sides, now: clients and server see the connection end. New
     * connections are forwarded as before (combine with {@link #refuse()} to keep them out).
     *
     * @return how many connections were dropped
     */
    public int drop() {
        int n = 0;
        for (Link l : List.copyOf(links)) {
            l.close();
            n++;
        }
        dropped.addAndGet(n);
        synchronized (lock) {
            lock.notifyAll(); // stalled pumps of dropped links notice and end
        }
        return n;
    }

    /**
     * Stalls every connection, open and new, in both directions: bytes sent to the proxy are accepted (up
     * to the socket buffers) and nothing is passed on, until {@link #normal()}.
     */
    public void stall() {
        synchronized (lock) {
            stalled = true;
        }
    }

    /** Accepts each new connection and closes it at once, until {@link #normal()}; open ones go on. */
    public void refuse() {
        synchronized (lock) {
            refusing = true;
        }
    }

    /**
     * Stops listening, so that new connections are refused by the operating system, until
     * {@link #normal()} listens again on the same port; open connections go on.
     */
    public void unlisten() {
        ServerSocket s;
        Thread t;
        synchronized (lock) {
            s = server;
            t = acceptor;
            server = null;
            acceptor = null;
        }
        closeQuietly(s);
        // The kernel keeps a socket listening while a thread still polls it; only once the acceptor has
        // left accept() is a new connection really refused.
        join(t);
    }

    /**
     * Delays every chunk forwarded, in either direction, by this much, until {@link #normal()}.
     *
     * @param perChunk the delay; zero for none
     */
    public void latency(Duration perChunk) {
        synchronized (lock) {
            latencyNanos = Math.max(0, perChunk.toNanos());
        }
    }

    /**
     * Returns to plain forwarding: ends a stall (held bytes go on, in order), a refusal and added
     * latency, and listens again after {@link #unlisten()}.
     *
     * @throws UncheckedIOException if the port could not be bound again
     */
    public void normal() {
        synchronized (lock) {
            stalled = false;
            refusing = false;
            latencyNanos = 0;
            lock.notifyAll();
            if (server == null && !closed) {
                try {
                    listen(bind(port));
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not listen again on port " + port, e);
                }
            }
        }
    }

    /**
     * Returns how many connections are open through the proxy now.
     *
     * @return the count
     */
    public int openConnections() {
        return links.size();
    }

    /**
     * Returns how many connections were accepted and forwarded so far.
     *
     * @return the count
     */
    public long acceptedConnections() {
        return accepted.get();
    }

    /**
     * Returns how many connections were refused (accepted and closed at once) so far.
     *
     * @return the count
     */
    public long refusedConnections() {
        return refused.get();
    }

    /**
     * Returns how many connections {@link #drop()} closed so far.
     *
     * @return the count
     */
    public long droppedConnections() {
        return dropped.get();
    }

    /**
     * Returns how many bytes were forwarded so far, both directions together.
     *
     * @return the count
     */
    public long forwardedBytes() {
        return forwardedBytes.get();
    }

    /**
     * Stops listening, closes every connection and waits for the proxy's threads to end. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll(); // stalled pumps end without passing on what they hold
        }
        unlisten();
        drop();
        for (Thread t : List.copyOf(threads)) {
            join(t);
        }
    }

    private static void join(Thread t) {
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            t.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Returns how many of the proxy's threads are alive (0 once {@link #close()} returned).
     *
     * @return the count
     */
    public int liveThreads() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    @Override
    public String toString() {
        return "FaultProxy[127.0.0.1:" + port + " -> " + targetHost + ":" + targetPort + (stalled ? ", stalled" : "")
                + (refusing ? ", refusing" : "") + (server == null ? ", not listening" : "") + "]";
    }

    // ---- internals ------------------------------------------------------------------------------------

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        return s;
    }

    private void listen(ServerSocket s) {
        server = s;
        acceptor = spawn("fault-proxy-" + port + "-accept", () -> acceptLoop(s));
    }

    private Thread spawn(String name, Runnable body) {
        Thread[] self = new Thread[1];
        Thread t = new Thread(() -> {
            try {
                body.run();
            } finally {
                threads.remove(self[0]);
            }
        }, name);
        self[0] = t;
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
    }

    private void acceptLoop(ServerSocket s) {
        while (!s.isClosed()) {
            Socket client;
            try {
                client = s.accept();
            } catch (IOException e) {
                return; // closed by unlisten() or close()
            }
            if (refusing || closed) {
                refused.incrementAndGet();
                closeQuietly(client);
                continue;
            }
            accepted.incrementAndGet();
            Link link = new Link(client);
            links.add(link);
            if (closed) { // close() ran its drop() before the link was added
                link.close();
                continue;
            }
            spawn("fault-proxy-" + port + "-up-" + accepted.get(), link::run);
        }
    }

    /** Waits while stalled; returns false if the link ended meanwhile. */
    private boolean awaitFlow(Link link) throws InterruptedException {
        if (!stalled && latencyNanos == 0) {
            return !link.closed && !closed;
        }
        synchronized (lock) {
            while (stalled && !link.closed && !closed) {
                lock.wait();
            }
        }
        long delay = latencyNanos;
        if (delay > 0) {
            Thread.sleep(delay / 1_000_000, (int) (delay % 1_000_000));
        }
        return !link.closed && !closed;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing: nothing to do about it
        }
    }

    /** One proxied connection: a client socket, a server socket and a pump for each direction. */
    private final class Link {
        private final Socket client;
        private volatile Socket target;
        volatile boolean closed;

        Link(Socket client) {
            this.client = client;
        }

        /** Connects to the target, starts the downstream pump, and pumps upstream itself. */
        void run() {
            Socket t = new Socket();
            try {
                client.setTcpNoDelay(true);
                t.setTcpNoDelay(true);
                t.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                closeQuietly(t);
                close();
                return;
            }
            target = t;
            if (closed) { // dropped while connecting
                closeQuietly(t);
                return;
            }
            spawn(Thread.currentThread().getName().replace("-up-", "-down-"), () -> pump(t, client));
            pump(client, t);
        }

        private void pump(Socket from, Socket to) {
            byte[] buf = new byte[CHUNK];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                while (true) {
                    if (!awaitFlow(this)) {
                        return;
                    }
                    int n = in.read(buf);
                    if (n < 0) {
                        return;
                    }
                    if (!awaitFlow(this)) {
                        return;
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    forwardedBytes.addAndGet(n);
                }
            } catch (SocketException e) {
                // closed by drop() or by a peer
            } catch (IOException e) {
                // a peer went away
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                close();
            }
        }

        void close() {
            closed = true;
            links.remove(this);
            closeQuietly(client);
            closeQuietly(target);
        }
    }
}
