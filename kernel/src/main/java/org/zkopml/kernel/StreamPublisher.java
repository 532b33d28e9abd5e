package org.zkopml.kernel;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * {@code System.out} or {@code System.err} while the kernel runs: text is collected and handed on (as a
 * Jupyter {@code stream} message) at each line end, on flush and when 8 KiB have accumulated.
 */
final class StreamPublisher extends OutputStream {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Consumer<String> publish;

    StreamPublisher(Consumer<String> publish) {
        this.publish = publish;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
        if (b == '\n' || buffer.size() >= 8192) {
            flush();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
        if (buffer.size() >= 8192) {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        if (buffer.size() > 0) {
            String text = buffer.toString(StandardCharsets.UTF_8);
            buffer.reset();
            publish.accept(text);
        }
    }
}
