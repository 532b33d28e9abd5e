package org.zkopml.kernel;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * {@code System.in} while the kernel runs: what the student types into the notebook's input box. When a
 * cell reads and nothing is buffered, the kernel sends an {@code input_request} on the stdin channel and the
 * read waits for the {@code input_reply}; its value, with a line end, is what the read returns (Jupyter
 * messaging protocol 5.3, "Messages on the stdin ROUTER/DEALER channel"). A request whose front end does not
 * accept input ({@code allow_stdin} false, e.g. {@code jupyter nbconvert}) reads end-of-input at once, with a
 * one-line note on standard error, so a cell never waits for an answer that cannot come. An interrupt ends
 * a waiting read with {@link InterruptedIOException}. Whatever a cell left unread is dropped when it ends.
 */
final class KernelStdin extends InputStream {

    /** What an interrupt puts in the queue to wake a waiting read. */
    private static final String CANCELLED = new String("cancelled");

    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final PrintStream err;
    private byte[] buffer = new byte[0];
    private int position;
    private volatile boolean allowed;
    private volatile Consumer<Boolean> asker;
    private boolean noted;
    private int waiting;

    /** {@code err} is where the note about a front end without input goes (the cell's standard error). */
    KernelStdin(PrintStream err) {
        this.err = err;
    }

    /**
     * A cell starts: reads ask through {@code asker} (given whether the input is a password) when
     * {@code allowStdin}, otherwise they get end-of-input.
     */
    synchronized void begin(boolean allowStdin, Consumer<Boolean> asker) {
        this.allowed = allowStdin;
        this.asker = asker;
        this.noted = false;
        buffer = new byte[0];
        position = 0;
        replies.clear();
    }

    /** The cell ended: later reads (a thread it left running) get end-of-input; a waiting one ends. */
    synchronized void end() {
        allowed = false;
        asker = null;
        buffer = new byte[0];
        position = 0;
        if (waiting > 0) {
            replies.add(CANCELLED);
        }
    }

    /** An {@code input_reply} arrived (on the stdin thread). */
    void reply(String value) {
        replies.add(value);
    }

    /** An interrupt: a waiting read ends. */
    void cancel() {
        replies.add(CANCELLED);
    }

    @Override
    public int read() throws InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            Consumer<Boolean> ask;
            synchronized (this) {
                if (position < buffer.length) {
                    int n = Math.min(length, buffer.length - position);
                    System.arraycopy(buffer, position, bytes, offset, n);
                    position += n;
                    return n;
                }
                ask = asker;
                if (!allowed || ask == null) {
                    if (!noted) {
                        noted = true;
                        err.println("(System.in: this front end does not take input, so the read gets end-of-input)");
                        err.flush();
                    }
                    return -1;
                }
                replies.clear();
                waiting++;
            }
            String value;
            try {
                ask.accept(false);
                value = replies.take(); // not holding the lock: the next cell's begin() never waits for this
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for input");
            } finally {
                synchronized (this) {
                    waiting--;
                }
            }
            if (value == CANCELLED) {
                throw new InterruptedIOException("interrupted while waiting for input");
            }
            synchronized (this) {
                buffer = (value + "\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
        }
    }

    @Override
    public synchronized int available() {
        return buffer.length - position;
    }
}
