package org.zkopml.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The connection file Jupyter writes before it starts a kernel: where each of the five sockets binds
 * and the key that signs every message (Jupyter messaging protocol 5.3, "Connection files").
 */
record Connection(String transport, String ip, int shellPort, int iopubPort, int stdinPort, int controlPort,
                  int heartbeatPort, String key, String signatureScheme) {

    static Connection read(Path file) throws IOException {
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        String scheme = json.has("signature_scheme") ? json.get("signature_scheme").getAsString() : "hmac-sha256";
        if (!scheme.equals("hmac-sha256")) {
            throw new IOException(file + ": signature_scheme " + scheme + " is not supported (expected hmac-sha256)");
        }
        return new Connection(json.get("transport").getAsString(), json.get("ip").getAsString(),
                json.get("shell_port").getAsInt(), json.get("iopub_port").getAsInt(), json.get("stdin_port").getAsInt(),
                json.get("control_port").getAsInt(), json.get("hb_port").getAsInt(),
                json.has("key") ? json.get("key").getAsString() : "", scheme);
    }

    /** The ZeroMQ endpoint of one port, e.g. {@code tcp://127.0.0.1:5555}. */
    String address(int port) {
        return transport + "://" + ip + ":" + port;
    }
}
