package org.zkopml.kernel;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The IOPub channel: status, output streams, displays and results, published to every front end. Any
 * thread may {@link #publish} (the shell thread, the control thread, the snippet's own threads printing);
 * only this thread, which created and bound the PUB socket, sends. Messages leave in the order published.
 */
final class IOPub extends Thread {

    private final ZContext context;
    private final String address;
    private final Wire wire;
    private final KernelLog log;
    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final CountDownLatch bound = new CountDownLatch(1);
    private volatile boolean stopping;

    IOPub(ZContext context, String address, Wire wire, KernelLog log) {
        super("iopub");
        this.context = context;
        this.address = address;
        this.wire = wire;
        this.log = log;
    }

    IOPub startBound() throws InterruptedException {
        start();
        bound.await();
        return this;
    }

    void publish(Message message) {
        queue.add(message);
    }

    /** Sends what is queued, then closes the socket. */
    void shutdown() {
        stopping = true;
    }

    @Override
    public void run() {
        ZMQ.Socket socket = context.createSocket(SocketType.PUB);
        try {
            socket.setLinger(1000);
            socket.bind(address);
            log.log("bound " + address);
        } finally {
            bound.countDown();
        }
        try {
            while (!stopping || !queue.isEmpty()) {
                Message next = queue.poll(SocketLoop.POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    byte[] topic = next.type().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    wire.send(socket, new Message(java.util.List.of(topic), next.header(), next.parentHeader(),
                            next.metadata(), next.content()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("IOPub failed", e);
        } finally {
            context.destroySocket(socket);
        }
    }
}
