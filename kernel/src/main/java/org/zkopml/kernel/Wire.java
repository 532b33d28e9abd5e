package org.zkopml.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.zeromq.ZMQ;

/**
 * The wire format of a Jupyter message: identities, the delimiter {@code <IDS|MSG>}, the HMAC-SHA256
 * signature (hex) of header, parent header, metadata and content, then those four JSON frames and any
 * binary buffers. With an empty key messages are not signed.
 */
final class Wire {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private final byte[] key;

    Wire(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads one whole message; call it only when the socket is readable (a multipart message arrives at once). */
    Message read(ZMQ.Socket socket) {
        List<byte[]> identities = new ArrayList<>();
        byte[] frame;
        while (!Arrays.equals(frame = socket.recv(), DELIMITER)) {
            if (frame == null || !socket.hasReceiveMore()) {
                throw new IllegalArgumentException("a message without the <IDS|MSG> delimiter");
            }
            identities.add(frame);
        }
        String signature = socket.recvStr();
        byte[] header = socket.recv();
        byte[] parent = socket.recv();
        byte[] metadata = socket.recv();
        byte[] content = socket.recv();
        while (socket.hasReceiveMore()) {
            socket.recv(); // binary buffers: the kit's front ends send none
        }
        byte[] expected = sign(header, parent, metadata, content).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new SecurityException("a message with a wrong signature (not from this kernel's Jupyter)");
        }
        return new Message(identities, json(header), json(parent), json(metadata), json(content));
    }

    /** Sends one message; call it only on the thread that owns the socket. */
    void send(ZMQ.Socket socket, Message message) {
        byte[] header = bytes(message.header());
        byte[] parent = bytes(message.parentHeader());
        byte[] metadata = bytes(message.metadata());
        byte[] content = bytes(message.content());
        for (byte[] identity : message.identities()) {
            socket.sendMore(identity);
        }
        socket.sendMore(DELIMITER);
        socket.sendMore(sign(header, parent, metadata, content));
        socket.sendMore(header);
        socket.sendMore(parent);
        socket.sendMore(metadata);
        socket.send(content);
    }

    String sign(byte[]... parts) {
        if (key.length == 0) {
            return "";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static JsonObject json(byte[] bytes) {
        return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static byte[] bytes(JsonObject json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
