package org.zkopml.kernel;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * One channel's thread: it creates its socket, binds it, waits for it in a blocking poll and handles each
 * message, all on this one thread. A JeroMQ socket is not thread-safe, so no other thread ever touches it
 * (other threads hand messages to {@link IOPub}'s queue, or a task to {@link #submit}, which this thread
 * runs after its next poll). A handler that throws is logged and the
 * loop goes on: a channel never dies silently (the cause of rapaio-jupyter-kernel 3.0.1's hangs, see the
 * package documentation).
 */
final class SocketLoop extends Thread {

    /** How long one poll blocks before the loop looks whether the kernel is stopping (or has a task). */
    static final int POLL_MILLIS = 200;

    private final ZContext context;
    private final SocketType type;
    private final String address;
    private final Consumer<ZMQ.Socket> onReadable;
    private final KernelLog log;
    private final CountDownLatch bound = new CountDownLatch(1);
    private final Queue<Consumer<ZMQ.Socket>> tasks = new ConcurrentLinkedQueue<>();
    private final int pollMillis;
    private volatile boolean stopping;
    private volatile RuntimeException bindFailure;

    SocketLoop(String name, ZContext context, SocketType type, String address, Consumer<ZMQ.Socket> onReadable,
               KernelLog log) {
        this(name, context, type, address, onReadable, log, POLL_MILLIS);
    }

    /** As above, polling {@code pollMillis} at a time: how long a {@link #submit submitted} task may wait. */
    SocketLoop(String name, ZContext context, SocketType type, String address, Consumer<ZMQ.Socket> onReadable,
               KernelLog log, int pollMillis) {
        super(name);
        this.pollMillis = pollMillis;
        this.context = context;
        this.type = type;
        this.address = address;
        this.onReadable = onReadable;
        this.log = log;
    }

    /** Starts the thread and returns once its socket is bound (or throws if it could not bind). */
    SocketLoop startBound() throws InterruptedException {
        start();
        bound.await();
        if (bindFailure != null) {
            throw bindFailure;
        }
        return this;
    }

    void shutdown() {
        stopping = true;
    }

    /** Runs {@code task} with the socket on this loop's thread, after its next poll (e.g. to send a message). */
    void submit(Consumer<ZMQ.Socket> task) {
        tasks.add(task);
    }

    @Override
    public void run() {
        ZMQ.Socket socket = context.createSocket(type);
        try {
            socket.setLinger(1000);
            socket.bind(address);
        } catch (RuntimeException e) {
            bindFailure = new IllegalStateException(getName() + ": cannot bind " + address + ": " + e.getMessage(), e);
            bound.countDown();
            return;
        }
        log.log("bound " + address);
        bound.countDown();
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(socket, ZMQ.Poller.POLLIN);
            while (!stopping) {
                if (poller.poll(pollMillis) > 0 && poller.pollin(0)) {
                    try {
                        onReadable.accept(socket);
                    } catch (RuntimeException e) {
                        log.error("a message on " + getName() + " could not be handled", e);
                    }
                }
                for (Consumer<ZMQ.Socket> task; (task = tasks.poll()) != null; ) {
                    try {
                        task.accept(socket);
                    } catch (RuntimeException e) {
                        log.error("a task on " + getName() + " failed", e);
                    }
                }
            }
        } finally {
            context.destroySocket(socket);
            log.log("closed " + address);
        }
    }
}
