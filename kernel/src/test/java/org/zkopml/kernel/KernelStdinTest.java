package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Scanner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * System.in in the notebook: a read asks the front end (once per line) when it allows input, and gets
 * end-of-input at once, with a note, when it does not; an interrupt ends a waiting read.
 */
class KernelStdinTest {

    @Test
    void aReadAsksTheFrontEndAndReturnsWhatWasTyped() throws Exception {
        KernelStdin stdin = new KernelStdin(new PrintStream(OutputStream.nullOutputStream()));
        List<Boolean> asked = new CopyOnWriteArrayList<>();
        stdin.begin(true, password -> {
            asked.add(password);
            stdin.reply(asked.size() == 1 ? "Ada Lovelace" : "1815");
        });
        BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        assertEquals("Ada Lovelace", reader.readLine());
        assertEquals(1, asked.size(), "one input box per line");
        assertEquals("1815", reader.readLine());
        assertEquals(List.of(false, false), asked);
        stdin.end();
    }

    @Test
    void scannerNextLineReadsOneAnswer() {
        KernelStdin stdin = new KernelStdin(new PrintStream(OutputStream.nullOutputStream()));
        stdin.begin(true, password -> stdin.reply("café ☕"));
        assertEquals("café ☕", new Scanner(stdin, StandardCharsets.UTF_8).nextLine());
    }

    @Test
    void withoutAFrontEndThatTakesInputAReadIsAtItsEndAtOnceWithANote() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        KernelStdin stdin = new KernelStdin(new PrintStream(err, true, StandardCharsets.UTF_8));
        stdin.begin(false, password -> { throw new AssertionError("must not ask"); });
        assertEquals(-1, stdin.read());
        assertEquals(-1, stdin.read(new byte[8], 0, 8));
        String note = err.toString(StandardCharsets.UTF_8);
        assertTrue(note.contains("does not take input"), note);
        assertEquals(1, note.lines().count(), "one note per cell");
        assertFalse(new Scanner(stdin).hasNextLine());
    }

    @Test
    void anInterruptEndsAWaitingRead() throws Exception {
        KernelStdin stdin = new KernelStdin(new PrintStream(OutputStream.nullOutputStream()));
        CompletableFuture<Void> asked = new CompletableFuture<>();
        stdin.begin(true, password -> asked.complete(null));
        CompletableFuture<Integer> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return stdin.read();
            } catch (InterruptedIOException e) {
                throw new IllegalStateException(e);
            }
        });
        asked.get(10, TimeUnit.SECONDS);
        stdin.cancel();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> reading.get(10, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getCause() instanceof InterruptedIOException, failed.toString());
    }

    @Test
    void whatACellLeftUnreadIsDropped() throws Exception {
        KernelStdin stdin = new KernelStdin(new PrintStream(OutputStream.nullOutputStream()));
        stdin.begin(true, password -> stdin.reply("abc"));
        assertEquals('a', stdin.read());
        stdin.end();
        assertEquals(0, stdin.available());
        stdin.begin(true, password -> stdin.reply("xyz"));
        assertEquals('x', stdin.read());
    }
}
