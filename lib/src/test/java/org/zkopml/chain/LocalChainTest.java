package org.zkopml.chain;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The node's life: it answers on 127.0.0.1 with Hardhat's accounts, and nothing of it is left running after
 * {@link LocalChain#close()}, after the JVM is terminated without closing it (SIGTERM, like Ctrl-C's SIGINT
 * or a failing test's exit, runs the shutdown hook), or after the JVM is killed outright (SIGKILL: the node
 * notices that its stdin pipe closed).
 */
@Tag("chain")
class LocalChainTest {
    @Test
    void closeStopsTheNodeAndItsChildren() {
        ProcessHandle node;
        List<ProcessHandle> children;
        try (LocalChain chain = LocalChain.start()) {
            assertEquals(31337, chain.chainId());
            assertTrue(chain.url().startsWith("http://127.0.0.1:"), chain.url());
            assertEquals("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", chain.account(0).getAddress(), "Hardhat's account #0");
            node = chain.nodeProcess().orElseThrow();
            children = node.descendants().toList();
            assertTrue(node.isAlive());
        }
        assertFalse(node.isAlive(), "the node stopped");
        children.forEach(c -> assertFalse(c.isAlive(), "its child " + c.pid() + " stopped"));
    }

    /** Started in a child JVM: starts a node, prints its pid, and waits to be terminated or killed. */
    public static void main(String[] args) throws Exception {
        LocalChain chain = LocalChain.start();
        System.out.println("node " + chain.nodeProcess().orElseThrow().pid());
        System.out.flush();
        Thread.sleep(120_000);
    }

    @Test
    void aJvmThatNeverClosesTheNodeStillStopsIt() throws Exception {
        for (String how : new String[] {"terminate", "kill"}) {
            Process jvm = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                    "-cp", System.getProperty("java.class.path"), LocalChainTest.class.getName(), how)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long pid;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
                String line = r.readLine();
                assertNotNull(line, how + ": the child JVM printed the node's pid");
                pid = Long.parseLong(line.substring("node ".length()).trim());
                Optional<ProcessHandle> node = ProcessHandle.of(pid);
                assertTrue(node.isPresent() && node.get().isAlive(), how + ": the node runs");
                if (how.equals("terminate")) jvm.destroy(); // SIGTERM: shutdown hooks run, as on Ctrl-C
                if (how.equals("kill")) jvm.destroyForcibly(); // SIGKILL: no hook runs; the node sees its stdin close
                assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), how + ": the child JVM ended");
            } finally {
                jvm.destroyForcibly();
            }
            Optional<ProcessHandle> after = ProcessHandle.of(pid);
            if (after.isPresent()) after.get().onExit().get(30, TimeUnit.SECONDS); // a killed JVM's node exits on its own, promptly
            after = ProcessHandle.of(pid);
            assertFalse(after.isPresent() && after.get().isAlive(), how + ": the node " + pid + " is gone");
        }
    }
}
