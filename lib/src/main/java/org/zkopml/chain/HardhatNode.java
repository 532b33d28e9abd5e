package org.zkopml.chain;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * A local Hardhat node as a child process: started on a free 127.0.0.1 port ({@code contracts/node.cjs}, Hardhat's
 * node task), ready once it answers JSON-RPC, and stopped — with every process it started — on {@link #close()}; when
 * the JVM exits without closing it (a shutdown hook: Ctrl-C, SIGTERM, a failing test's exit); and when the JVM is
 * killed outright (SIGKILL: {@code node.cjs} exits when the pipe to its stdin closes). The process only;
 * {@link LocalChain} is the JSON-RPC client that talks to it.
 */
public final class HardhatNode implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final String url;
    private final Thread hook;

    /** A started process, stopped by a shutdown hook from now on. */
    private HardhatNode(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
        this.hook = new Thread(() -> stop(process), "stop-hardhat-node");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts a node on 127.0.0.1:{@code fixedPort} (0: a free port, chosen now; a start that fails is retried on another
     * one, five times at most) and waits until it answers JSON-RPC (one minute at most).
     */
    public static HardhatNode start(int fixedPort) {
        if (fixedPort < 0 || fixedPort > 65_535) throw new IllegalArgumentException("port must be in [0, 65535], got " + fixedPort);
        Path dir = Artifact.contractsFolder();
        if (!Files.isDirectory(dir.resolve("node_modules/hardhat"))) throw new IllegalStateException("Hardhat is not installed in " + dir + " (run ./kit setup)");
        String lastError = "";
        for (int attempt = 0; attempt < (fixedPort == 0 ? 5 : 1); attempt++) {
            int port = fixedPort == 0 ? freePort() : fixedPort;
            Path log;
            Process p;
            try {
                log = Files.createTempFile("zkopml-hardhat-", ".log");
                // node.cjs runs Hardhat's node task and exits when its stdin (a pipe from this JVM) closes: a JVM
                // killed without running its shutdown hooks still takes the node with it.
                ProcessBuilder pb = new ProcessBuilder("node", "node.cjs", "127.0.0.1", Integer.toString(port))
                        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.PIPE);
                pb.environment().put("HARDHAT_DISABLE_TELEMETRY_PROMPT", "true");
                p = pb.start();
            } catch (IOException e) {
                throw new IllegalStateException("cannot start node (Node.js 20 must be on the PATH): " + e.getMessage(), e);
            }
            HardhatNode node = new HardhatNode(p, log, "http://127.0.0.1:" + port);
            if (waitForRpc(p, node.url, 60_000)) return node;
            lastError = readLog(log);
            node.close();
        }
        throw new IllegalStateException("the Hardhat node did not start; its last output:\n" + lastError);
    }

    /** The node's JSON-RPC address, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return url;
    }

    /** The node's process (for checks that it stops). */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** Stops the node and every process it started, and deletes its log. */
    @Override
    public void close() {
        stop(process);
        removeHook(hook);
        deleteQuietly(log);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    private static boolean waitForRpc(Process p, String url, long millis) {
        Web3j w = Web3j.build(new HttpService(url));
        try {
            long until = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < until && p.isAlive()) {
                try {
                    w.ethChainId().send().getChainId();
                    return true;
                } catch (IOException | RuntimeException e) {
                    Thread.sleep(100);
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            w.shutdown();
        }
    }

    /** Stops the process and all its descendants: politely, then forcibly after 5 s. */
    private static void stop(Process p) {
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (or ran) anyway
        }
    }

    private static String readLog(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path log) {
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
