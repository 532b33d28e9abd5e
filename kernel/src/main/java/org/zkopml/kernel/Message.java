package org.zkopml.kernel;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One Jupyter message (protocol 5.3): the routing identities of the peer that sent it, then header,
 * parent header, metadata and content, each a JSON object. A reply's parent header is the request's header.
 */
record Message(List<byte[]> identities, JsonObject header, JsonObject parentHeader, JsonObject metadata,
               JsonObject content) {

    static final String PROTOCOL_VERSION = "5.3";

    String type() {
        return header.get("msg_type").getAsString();
    }

    /** A new message of the given type answering {@code parent} (routed back to the same peer). */
    static Message answer(Message parent, String session, String type, JsonObject content) {
        return new Message(parent == null ? List.of() : parent.identities(), header(session, type),
                parent == null ? new JsonObject() : parent.header(), new JsonObject(), content);
    }

    /** A message published on IOPub, in the context of {@code parentHeader} (may be empty). */
    static Message publication(JsonObject parentHeader, String session, String type, JsonObject content) {
        return new Message(List.of(), header(session, type), parentHeader, new JsonObject(), content);
    }

    private static JsonObject header(String session, String type) {
        JsonObject header = new JsonObject();
        header.addProperty("msg_id", UUID.randomUUID().toString());
        header.addProperty("session", session);
        header.addProperty("username", "kernel");
        header.addProperty("date", Instant.now().toString());
        header.addProperty("msg_type", type);
        header.addProperty("version", PROTOCOL_VERSION);
        return header;
    }
}
