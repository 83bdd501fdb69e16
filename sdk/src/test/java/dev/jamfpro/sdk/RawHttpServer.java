package dev.jamfpro.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket-level HTTP/1.1 server for the faults WireMock cannot make: an answer cut in the middle of its
 * body, a server that reads a request and never answers. Each request is answered by the script with raw
 * bytes, then the connection is kept, closed, or left silent. OAuth token requests are answered for you
 * unless the script takes them.
 */
final class RawHttpServer implements AutoCloseable {
    /** What to do with one request. */
    record Answer(byte[] bytes, boolean close, boolean silent) {
        static Answer of(String raw) {
            return new Answer(raw.getBytes(StandardCharsets.UTF_8), false, false);
        }

        static Answer thenClose(String raw) {
            return new Answer(raw.getBytes(StandardCharsets.UTF_8), true, false);
        }

        static Answer never() {
            return new Answer(new byte[0], false, true);
        }

        static Answer json(int status, String body) {
            return typed(status, "application/json", body);
        }

        static Answer typed(int status, String contentType, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return of("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n" + body);
        }
    }

    /** Decides the answer to the {@code n}-th (from 1) request for {@code method path}. */
    @FunctionalInterface
    interface Script {
        Answer answer(String method, String path, int n);
    }

    private final ServerSocket server;
    private final Script script;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile boolean closed;

    RawHttpServer(Script script) throws IOException {
        this.script = script;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-http-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Requests seen for {@code method path}. */
    int count(String method, String path) {
        AtomicInteger n = counts.get(method + " " + path);
        return n == null ? 0 : n.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread handler = new Thread(() -> serve(socket), "raw-http-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (!closed) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                int length = 0;
                for (String line : lines) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                in.readNBytes(length);
                String method = requestLine[0];
                String path = requestLine[1].split("\\?", 2)[0];
                int n = counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
                Answer answer = script.answer(method, path, n);
                if (answer == null && path.endsWith("/oauth/token")) {
                    answer = Answer.json(200, "{\"access_token\":\"raw-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
                }
                if (answer == null) {
                    answer = Answer.json(404, "{\"httpStatus\":404,\"errors\":[]}");
                }
                if (answer.silent()) {
                    while (in.read() >= 0) { // never answer; hold the connection until the client gives up
                    }
                    return;
                }
                out.write(answer.bytes());
                out.flush();
                if (answer.close()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            state = (b == '\r' || b == '\n') ? state + 1 : 0;
            if (state == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
