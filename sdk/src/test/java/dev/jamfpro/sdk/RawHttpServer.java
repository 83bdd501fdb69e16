package dev.jamfpro.sdk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket-level HTTP/1.1 server for the faults WireMock cannot make: an answer cut in the middle of its
 * body, a server that reads a request and never answers; and for request bodies too big to hold (a
 * {@link Handler} reads the body from the connection). Each request is answered by the script with raw
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

    /**
     * One request as a {@link Handler} sees it: its body streams from the connection ({@code Content-Length}
     * bytes at most; what the handler leaves unread is skipped), so a body of any size costs no heap here.
     */
    record Request(String method, String path, String query, Map<String, String> headers, InputStream body, int n) {
        /** The whole body as text (for small bodies). */
        String bodyText() throws IOException {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Decides the answer to a request, reading its body as it likes. */
    @FunctionalInterface
    interface Handler {
        Answer answer(Request request) throws IOException;
    }

    private final ServerSocket server;
    private final Handler handler;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile boolean closed;

    RawHttpServer(Script script) throws IOException {
        this((Handler) request -> script.answer(request.method(), request.path(), request.n()));
    }

    RawHttpServer(Handler handler) throws IOException {
        this.handler = handler;
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
                long length = 0;
                Map<String, String> headers = new LinkedHashMap<>();
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                                lines[i].substring(colon + 1).trim());
                    }
                }
                if (headers.containsKey("content-length")) {
                    length = Long.parseLong(headers.get("content-length"));
                }
                String method = requestLine[0];
                String[] target = requestLine[1].split("\\?", 2);
                String path = target[0];
                int n = counts.computeIfAbsent(method + " " + path, k -> new AtomicInteger()).incrementAndGet();
                InputStream body = new BoundedInputStream(in, length);
                Answer answer = handler.answer(new Request(method, path, target.length > 1 ? target[1] : null,
                        Map.copyOf(headers), body, n));
                body.skip(Long.MAX_VALUE); // what the handler left unread
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

    /** At most {@code left} bytes of the connection: one request's body. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            byte[] buffer = new byte[8192];
            while (skipped < n && left > 0) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }
    }

    /** Bytes up to and including the first blank line ({@code \r\n\r\n}), or null at the end of the stream. */
    static String readHead(InputStream in) throws IOException {
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
