package org.zkopml.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** Jupyter's wire format: HMAC-SHA256 signatures, and a message surviving a trip through a socket pair. */
class WireTest {

    @Test
    void signsWithHmacSha256AsRfc4231TestCase2() {
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", new Wire("Jefe").sign(data));
        assertEquals("", new Wire("").sign(data), "an empty key means unsigned messages");
    }

    @Test
    void aMessageArrivesWholeAndAForgedOneIsRefused() {
        try (ZContext context = new ZContext()) {
            ZMQ.Socket in = context.createSocket(SocketType.PAIR);
            ZMQ.Socket out = context.createSocket(SocketType.PAIR);
            in.bind("inproc://wire");
            out.connect("inproc://wire");
            JsonObject content = new JsonObject();
            content.addProperty("code", "1 + 1");
            Message sent = Message.answer(null, "session", "execute_request", content);
            new Wire("key").send(out, new Message(List.of("peer".getBytes(StandardCharsets.UTF_8)), sent.header(),
                    sent.parentHeader(), sent.metadata(), sent.content()));
            Message received = new Wire("key").read(in);
            assertEquals("execute_request", received.type());
            assertEquals("1 + 1", received.content().get("code").getAsString());
            assertEquals("peer", new String(received.identities().get(0), StandardCharsets.UTF_8));

            new Wire("another key").send(out, sent);
            assertThrows(SecurityException.class, () -> new Wire("key").read(in));
        }
    }
}
