package dev.jamfpro.sdk.simulator;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on blocking loopback sockets, one thread per connection. Clients of the
 * simulator hold a handful of keep-alive connections, so a thread per connection is the cheapest
 * design: no selector, no copying between threads, and a fixed latency costs a parked thread and no
 * CPU. It speaks exactly what the simulator needs: request line, headers, {@code Content-Length} or
 * chunked bodies, keep-alive, and a way to answer with a TCP reset.
 */
final class HttpServerCore implements Closeable {
    private static final System.Logger LOG = System.getLogger(HttpServerCore.class.getName());
    private static final int MAX_LINE = 16 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final int MAX_BODY = 32 * 1024 * 1024;
    /** One line buffer per connection thread. */
    private static final ThreadLocal<byte[]> LINE = ThreadLocal.withInitial(() -> new byte[MAX_LINE]);

    /** Answers one request; called on the connection's thread. */
    interface Handler {
        SimResponse handle(SimRequest request);
    }

    /** Told when a request arrives and when its answer has been written (or the connection reset). */
    interface Listener {
        void arrived();

        void finished();
    }

    private final Handler handler;
    private final Listener listener;
    private final ServerSocket serverSocket;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    HttpServerCore(int port, Handler handler, Listener listener) throws IOException {
        this.handler = handler;
        this.listener = listener;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "jamf-pro-simulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        threads.execute(this::acceptLoop);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** Connections accepted since start. */
    int connectionsAccepted() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "accept failed: " + e);
                }
                return;
            }
            connections.incrementAndGet();
            open.add(socket);
            try {
                threads.execute(() -> serve(socket));
            } catch (RuntimeException e) { // rejected: closing
                closeQuietly(socket);
                open.remove(socket);
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            while (!closed) {
                String requestLine = readLine(in, true);
                if (requestLine == null) {
                    return; // the client closed the connection between requests
                }
                if (requestLine.isEmpty()) {
                    continue; // tolerated: a stray CRLF between requests
                }
                long arrival = System.nanoTime();
                listener.arrived();
                boolean keepAlive;
                try {
                    keepAlive = exchange(socket, requestLine, arrival, in, out);
                } finally {
                    listener.finished(); // before the last bytes leave: a client that has the answer sees it counted out
                }
                out.flush();
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketException | EOFException e) {
            // the client went away: nothing to answer
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "connection ended: " + e);
        } finally {
            open.remove(socket);
        }
    }

    /** Reads one request and writes its answer; false when the connection must close. */
    private boolean exchange(Socket socket, String requestLine, long arrival, InputStream in, OutputStream out)
            throws IOException {
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            write(out, SimResponse.text(400, "text/plain", "malformed request line"), false, false);
            out.flush();
            return false;
        }
        String method = parts[0].toUpperCase(Locale.ROOT);
        String target = parts[1];
        boolean http10 = parts[2].equals("HTTP/1.0");
        SimRequest.Headers headers = new SimRequest.Headers();
        for (int i = 0; ; i++) {
            if (i > MAX_HEADERS) {
                throw new IOException("too many headers");
            }
            String line = readLine(in, false);
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line");
            }
            headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        byte[] body = readBody(headers, in);
        String connection = headers.first("Connection");
        boolean keepAlive = http10 ? "keep-alive".equalsIgnoreCase(connection) : !"close".equalsIgnoreCase(connection);

        SimRequest request = SimRequest.parse(method, target, headers, body, arrival);
        SimResponse response;
        try {
            response = handler.handle(request);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "simulator failed on " + method + " " + request.path(), e);
            response = SimResponse.json(500, "{\"httpStatus\":500,\"errors\":[]}");
        }
        if (response.isReset()) {
            // SO_LINGER 0 makes close() send RST instead of FIN: the client sees "connection reset".
            socket.setSoLinger(true, 0);
            return false;
        }
        write(out, response, keepAlive, method.equals("HEAD"));
        return keepAlive;
    }

    private static byte[] readBody(SimRequest.Headers headers, InputStream in) throws IOException {
        String chunked = headers.first("Transfer-Encoding");
        if (chunked != null && chunked.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in, false);
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    while (!readLine(in, false).isEmpty()) {
                        // trailers: ignored
                    }
                    return body.toByteArray();
                }
                if (body.size() + size > MAX_BODY) {
                    throw new IOException("request body too large");
                }
                body.write(readExactly(in, size));
                readLine(in, false);
            }
        }
        String length = headers.first("Content-Length");
        if (length == null) {
            return new byte[0];
        }
        int size;
        try {
            size = Integer.parseInt(length.trim());
        } catch (NumberFormatException e) {
            throw new IOException("malformed Content-Length");
        }
        if (size < 0 || size > MAX_BODY) {
            throw new IOException("bad Content-Length " + size);
        }
        return readExactly(in, size);
    }

    private static byte[] readExactly(InputStream in, int size) throws IOException {
        byte[] bytes = in.readNBytes(size);
        if (bytes.length != size) {
            throw new EOFException("body ended early");
        }
        return bytes;
    }

    /** One line without its CRLF; null at end of stream only when {@code eofAllowed}. */
    private static String readLine(InputStream in, boolean eofAllowed) throws IOException {
        byte[] line = LINE.get();
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowed && length == 0) {
                    return null;
                }
                throw new EOFException("connection closed mid-request");
            }
            if (b == '\n') {
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                return new String(line, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length >= MAX_LINE) {
                throw new IOException("line too long");
            }
            line[length++] = (byte) b;
        }
    }

    private static void write(OutputStream out, SimResponse response, boolean keepAlive, boolean head) throws IOException {
        boolean noBody = response.status() == 204 || response.status() == 304;
        byte[] body = noBody ? new byte[0] : response.body(); // a 204 has no body: one would corrupt the connection
        StringBuilder head0 = new StringBuilder(256)
                .append("HTTP/1.1 ").append(response.status()).append(' ').append(reason(response.status())).append("\r\n");
        if (response.contentType() != null) {
            head0.append("Content-Type: ").append(response.contentType()).append("\r\n");
        }
        response.headers().forEach((name, value) -> head0.append(name).append(": ").append(value).append("\r\n"));
        if (response.status() != 204 && response.status() != 304) { // RFC 9110: no Content-Length on a 204
            head0.append("Content-Length: ").append(body.length).append("\r\n");
        }
        if (!keepAlive) {
            head0.append("Connection: close\r\n");
        }
        head0.append("\r\n");
        out.write(head0.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!head) {
            out.write(body);
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        open.forEach(HttpServerCore::closeQuietly);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
