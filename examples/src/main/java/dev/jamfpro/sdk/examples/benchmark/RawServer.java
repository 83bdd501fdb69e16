package dev.jamfpro.sdk.examples.benchmark;

import java.io.BufferedOutputStream;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server for the benchmarks the simulator cannot serve: answers of tens of MB written
 * as they are generated (never held whole in this JVM), a token endpoint that fails or never answers.
 * Every request goes to the {@link Route}; OAuth token requests are counted.
 */
final class RawServer implements AutoCloseable {
    /** An answer: status, content type and a body written to the connection; null body: never answer. */
    record Answer(int status, String contentType, long length, BodyWriter body) {
        static Answer text(int status, String contentType, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Answer(status, contentType, bytes.length, out -> out.write(bytes));
        }

        static Answer silent() {
            return new Answer(0, null, 0, null);
        }
    }

    @FunctionalInterface
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface Route {
        Answer answer(String method, String path);
    }

    static final String TOKEN = "{\"access_token\":\"bench-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}";

    private final ServerSocket server;
    private final Route route;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private volatile boolean closed;

    RawServer(Route route) throws IOException {
        this.route = route;
        this.server = new ServerSocket(0, 500, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "raw-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    String baseUrl() {
        return "http://localhost:" + port();
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    void resetTokenRequests() {
        tokenRequests.set(0);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                Thread handler = new Thread(() -> serve(socket), "raw-server-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream();
             OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            while (!closed) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                int length = 0;
                for (String line : lines) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                in.readNBytes(length);
                String[] requestLine = lines[0].split(" ");
                String path = requestLine[1].split("\\?", 2)[0];
                if (path.endsWith("/oauth/token")) {
                    tokenRequests.incrementAndGet();
                }
                Answer answer = route.answer(requestLine[0], path);
                if (answer == null && path.endsWith("/oauth/token")) {
                    answer = Answer.text(200, "application/json", TOKEN);
                }
                if (answer == null) {
                    answer = Answer.text(404, "application/json", "{\"httpStatus\":404,\"errors\":[]}");
                }
                if (answer.body() == null) {
                    while (in.read() >= 0) { // never answer
                    }
                    return;
                }
                out.write(("HTTP/1.1 " + answer.status() + " X\r\nContent-Type: " + answer.contentType()
                        + "\r\nContent-Length: " + answer.length() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                answer.body().writeTo(out);
                out.flush();
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
