package org.zkopml.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel: JShell ({@link Repl}) answering the Jupyter messaging protocol 5.3 on five sockets, each
 * created, bound and polled by its own thread. Every handler exists before the first socket is bound, so
 * the first {@code kernel_info_request} always finds its handler; JShell starts meanwhile, and a request
 * that needs it waits for it.
 * Shell requests run one at a time on the shell thread; the control thread can interrupt them. A cell that
 * reads {@code System.in} asks the front end on the stdin channel ({@link KernelStdin}); after a cell fails,
 * the execute requests queued behind it are answered {@code aborted} unless the failed request said
 * {@code stop_on_error: false} (Jupyter messaging protocol 5.3, "Execute").
 */
final class Kernel {

    /**
     * What the kernel reports as {@code language_info}. Notebooks store exactly this in their metadata, so
     * opening one does not mark it modified; the version is the language level the notebooks are written
     * for (the kit's {@code release 17}), not the JVM's, so it is the same on every machine.
     */
    static final Map<String, String> LANGUAGE_INFO = Map.of("name", "java", "version", "17",
            "mimetype", "text/x-java", "file_extension", ".jshell", "codemirror_mode", "text/x-java",
            "pygments_lexer", "java");

    private static final Gson GSON = new Gson();

    /** How long a message for the stdin channel (an input request) waits at most before it is sent. */
    private static final int STDIN_POLL_MILLIS = 50;

    private final Connection connection;
    private final KernelLog log;
    private final Wire wire;
    private final String session = UUID.randomUUID().toString();
    private final ZContext context = new ZContext();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CompletableFuture<Repl> jshell;
    private final Thread jshellStarter;
    private final PrintStream out;
    private final PrintStream err;
    private final KernelStdin stdin;
    private IOPub iopub;
    private SocketLoop stdinLoop;
    private volatile JsonObject currentParent = new JsonObject();
    private int executionCount;

    Kernel(Connection connection, List<String> classPath, KernelLog log) {
        this.connection = connection;
        this.log = log;
        this.wire = new Wire(connection.key());
        this.out = new PrintStream(new StreamPublisher(text -> stream("stdout", text)), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(new StreamPublisher(text -> stream("stderr", text)), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        this.stdin = new KernelStdin(err);
        System.setIn(stdin);
        // JShell starts (about 2 s) once the sockets are bound, while kernel_info is answered; a request
        // that needs it waits for it on the shell thread, so nothing is lost and the kernel is ready sooner.
        this.jshell = new CompletableFuture<>();
        this.jshellStarter = new Thread(() -> {
            try {
                String noJavadoc = JavaSources.install(JavaSources.roots(System.getenv("ZKOPML_KERNEL_SOURCES")));
                if (noJavadoc != null) {
                    log.notice(noJavadoc);
                }
            } catch (java.io.IOException | RuntimeException e) {
                log.error("the Javadoc sources could not be opened; inspection shows signatures only", e);
            }
            try {
                jshell.complete(new Repl(classPath, out, err));
                log.log("JShell ready");
            } catch (RuntimeException | Error e) {
                log.error("JShell did not start", e);
                jshell.completeExceptionally(e);
            }
        }, "jshell-start");
        jshellStarter.setDaemon(true);
        Notebook.connect((data, metadata) -> {
            out.flush();
            err.flush();
            JsonObject content = new JsonObject();
            content.add("data", GSON.toJsonTree(data));
            content.add("metadata", GSON.toJsonTree(metadata));
            content.add("transient", new JsonObject());
            publish("display_data", content);
        });
    }

    /** Binds every socket (IOPub first), then serves until a shutdown request; returns when stopped. */
    void serve() throws InterruptedException {
        iopub = new IOPub(context, connection.address(connection.iopubPort()), wire, log).startBound();
        publishStatus("starting");
        stdinLoop = new SocketLoop("stdin", context, SocketType.ROUTER, connection.address(connection.stdinPort()),
                socket -> onStdin(wire.read(socket)), log, STDIN_POLL_MILLIS);
        List<SocketLoop> loops = List.of(
                new SocketLoop("heartbeat", context, SocketType.REP, connection.address(connection.heartbeatPort()),
                        socket -> socket.send(socket.recv()), log).startBound(),
                stdinLoop.startBound(),
                new SocketLoop("control", context, SocketType.ROUTER, connection.address(connection.controlPort()),
                        socket -> onControl(socket, wire.read(socket)), log).startBound(),
                new SocketLoop("shell", context, SocketType.ROUTER, connection.address(connection.shellPort()),
                        socket -> onShell(socket, wire.read(socket)), log).startBound());
        log.notice("ready (Java " + Runtime.version() + ")");
        jshellStarter.start();
        stopped.await();
        loops.forEach(SocketLoop::shutdown);
        jshell.thenAccept(Repl::close);
        for (SocketLoop loop : loops) {
            loop.join(2000);
        }
        iopub.shutdown();
        iopub.join(2000);
        context.close();
        log.notice("stopped");
    }

    private void onStdin(Message reply) {
        log.log("stdin: " + reply.type());
        if (reply.type().equals("input_reply") && reply.content().has("value")) {
            stdin.reply(reply.content().get("value").getAsString());
        }
    }

    private void onControl(ZMQ.Socket socket, Message request) {
        log.log("control: " + request.type());
        switch (request.type()) {
            case "interrupt_request" -> {
                Repl running = jshell.getNow(null); // while JShell starts there is nothing to interrupt
                if (running != null) {
                    running.interrupt();
                }
                stdin.cancel(); // a cell waiting for input stops waiting
                reply(socket, request, "interrupt_reply", ok());
            }
            case "shutdown_request" -> {
                JsonObject content = ok();
                content.add("restart", request.content().get("restart"));
                reply(socket, request, "shutdown_reply", content);
                publishStatus(request.header(), "idle");
                stopped.countDown();
            }
            case "kernel_info_request" -> reply(socket, request, "kernel_info_reply", kernelInfo());
            default -> log.log("control: ignored " + request.type());
        }
    }

    private void onShell(ZMQ.Socket socket, Message request) {
        log.log("shell: " + request.type());
        currentParent = request.header();
        publishStatus(request.header(), "busy");
        try {
            switch (request.type()) {
                case "kernel_info_request" -> reply(socket, request, "kernel_info_reply", kernelInfo());
                case "execute_request" -> execute(socket, request);
                case "complete_request" -> complete(socket, request);
                case "is_complete_request" -> {
                    JsonObject content = new JsonObject();
                    content.addProperty("status", repl().completeness(request.content().get("code").getAsString()));
                    content.addProperty("indent", "");
                    reply(socket, request, "is_complete_reply", content);
                }
                case "inspect_request" -> inspect(socket, request);
                case "history_request" -> {
                    JsonObject content = ok();
                    content.add("history", new JsonArray());
                    reply(socket, request, "history_reply", content);
                }
                case "comm_info_request" -> {
                    JsonObject content = ok();
                    content.add("comms", new JsonObject());
                    reply(socket, request, "comm_info_reply", content);
                }
                default -> log.log("shell: ignored " + request.type());
            }
        } finally {
            out.flush();
            err.flush();
            publishStatus(request.header(), "idle");
        }
    }

    private void execute(ZMQ.Socket socket, Message request) {
        String code = request.content().get("code").getAsString();
        boolean silent = flag(request, "silent", false);
        int count = silent ? executionCount : ++executionCount;
        JsonObject input = new JsonObject();
        input.addProperty("code", code);
        input.addProperty("execution_count", count);
        publish("execute_input", input);
        stdin.begin(flag(request, "allow_stdin", false), password -> askForInput(request, password));
        Repl.Outcome outcome;
        try {
            outcome = repl().execute(code);
        } finally {
            stdin.end();
        }
        out.flush();
        err.flush();
        JsonObject content = new JsonObject();
        content.addProperty("execution_count", count);
        if (outcome.failure() != null) {
            Repl.Failure failure = outcome.failure();
            content.addProperty("status", "error");
            content.addProperty("ename", failure.name());
            content.addProperty("evalue", failure.message());
            content.add("traceback", GSON.toJsonTree(failure.traceback()));
            JsonObject error = new JsonObject();
            error.addProperty("ename", failure.name());
            error.addProperty("evalue", failure.message());
            error.add("traceback", GSON.toJsonTree(failure.traceback()));
            publish("error", error);
        } else {
            content.addProperty("status", "ok");
            content.add("user_expressions", new JsonObject());
            content.add("payload", new JsonArray());
            if (outcome.value() != null && !silent) {
                JsonObject result = new JsonObject();
                result.addProperty("execution_count", count);
                JsonObject data = new JsonObject();
                data.addProperty("text/plain", outcome.value());
                result.add("data", data);
                result.add("metadata", new JsonObject());
                publish("execute_result", result);
            }
        }
        if (outcome.failure() != null && flag(request, "stop_on_error", true)) {
            abortQueued(socket); // before the error's reply: a request sent after that reply always runs
        }
        reply(socket, request, "execute_reply", content);
    }

    private static boolean flag(Message request, String name, boolean otherwise) {
        return request.content().has(name) && !request.content().get(name).isJsonNull()
                ? request.content().get(name).getAsBoolean() : otherwise;
    }

    /** Sends an input_request for the running cell (on the stdin thread); its prompt is already on IOPub. */
    private void askForInput(Message request, boolean password) {
        out.flush();
        err.flush();
        JsonObject content = new JsonObject();
        content.addProperty("prompt", "");
        content.addProperty("password", password);
        Message ask = Message.answer(request, session, "input_request", content);
        stdinLoop.submit(socket -> wire.send(socket, ask));
    }

    /**
     * After a failed cell: every execute request already queued behind it (Run All sends all cells at once)
     * is answered {@code aborted} without running, as ipykernel does; other requests (completion, inspection,
     * …) are served as usual. It runs before the failed request's own reply is sent, so that a request sent
     * after that reply (a front end that waits for it) always runs.
     */
    private void abortQueued(ZMQ.Socket socket) {
        try (ZMQ.Poller poller = context.createPoller(1)) {
            poller.register(socket, ZMQ.Poller.POLLIN);
            while (poller.poll(0) > 0 && poller.pollin(0)) {
                Message next;
                try {
                    next = wire.read(socket);
                } catch (RuntimeException e) {
                    log.error("a message on shell could not be read", e);
                    continue;
                }
                if (!next.type().equals("execute_request")) {
                    onShell(socket, next);
                    continue;
                }
                log.log("shell: execute_request aborted (a cell before it failed)");
                currentParent = next.header();
                publishStatus(next.header(), "busy");
                JsonObject content = new JsonObject();
                content.addProperty("status", "aborted");
                reply(socket, next, "execute_reply", content);
                publishStatus(next.header(), "idle");
            }
        }
    }

    private void inspect(ZMQ.Socket socket, Message request) {
        String code = request.content().get("code").getAsString();
        int cursor = utf16(code, request.content().get("cursor_pos").getAsInt());
        int detail = request.content().has("detail_level") ? request.content().get("detail_level").getAsInt() : 0;
        String text = repl().inspect(code, cursor, detail);
        JsonObject content = ok();
        content.addProperty("found", text != null);
        JsonObject data = new JsonObject();
        if (text != null) {
            data.addProperty("text/plain", text);
        }
        content.add("data", data);
        content.add("metadata", new JsonObject());
        reply(socket, request, "inspect_reply", content);
    }

    /** Jupyter counts the cursor in code points; Java strings index UTF-16 units. */
    private static int utf16(String code, int codePoints) {
        return code.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length()))));
    }

    private void complete(ZMQ.Socket socket, Message request) {
        String code = request.content().get("code").getAsString();
        int cursor = utf16(code, request.content().get("cursor_pos").getAsInt());
        Repl.Completion completion = repl().complete(code, cursor);
        JsonObject content = ok();
        content.add("matches", GSON.toJsonTree(completion.matches()));
        content.addProperty("cursor_start", code.codePointCount(0, completion.start()));
        content.addProperty("cursor_end", code.codePointCount(0, completion.end()));
        content.add("metadata", new JsonObject());
        reply(socket, request, "complete_reply", content);
    }

    private Repl repl() {
        return jshell.join();
    }

    private JsonObject kernelInfo() {
        JsonObject content = ok();
        content.addProperty("protocol_version", Message.PROTOCOL_VERSION);
        content.addProperty("implementation", "zkopml-kernel");
        content.addProperty("implementation_version", "1");
        content.add("language_info", GSON.toJsonTree(new java.util.TreeMap<>(LANGUAGE_INFO)));
        content.addProperty("banner", "zkopml lab: JShell on Java " + Runtime.version());
        content.add("help_links", new JsonArray());
        return content;
    }

    private static JsonObject ok() {
        JsonObject content = new JsonObject();
        content.addProperty("status", "ok");
        return content;
    }

    private void reply(ZMQ.Socket socket, Message request, String type, JsonObject content) {
        wire.send(socket, Message.answer(request, session, type, content));
    }

    private void stream(String name, String text) {
        JsonObject content = new JsonObject();
        content.addProperty("name", name);
        content.addProperty("text", text);
        publish("stream", content);
    }

    private void publish(String type, JsonObject content) {
        iopub.publish(Message.publication(currentParent, session, type, content));
    }

    private void publishStatus(String state) {
        publishStatus(new JsonObject(), state);
    }

    private void publishStatus(JsonObject parent, String state) {
        JsonObject content = new JsonObject();
        content.addProperty("execution_state", state);
        iopub.publish(Message.publication(parent, session, "status", content));
    }
}
