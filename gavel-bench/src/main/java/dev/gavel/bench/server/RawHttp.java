package dev.gavel.bench.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection over a plain socket: writes a request prepared as bytes, reads the status,
 * the headers it needs (Content-Length, chunked, Connection: close) and the body. Reconnects when the server closed
 * the connection (Tomcat does after 100 requests by default). Far cheaper per request than the JDK HttpClient,
 * which matters when the load generator shares two cores with the server.
 */
final class RawHttp implements AutoCloseable {

    private final InetSocketAddress address;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[8192];
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    /** connections opened after the first (the server closed the previous one, or an I/O error did) */
    long reconnects;
    private boolean connected;

    RawHttp(int port) {
        this.address = new InetSocketAddress("127.0.0.1", port);
    }

    /** A request as bytes: method, path, Host, the extra header lines (each ending CRLF), and a JSON body if any. */
    static byte[] request(String method, String path, int port, String headers, String jsonBody) {
        StringBuilder r = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n").append(headers);
        byte[] b = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        if (jsonBody != null) {
            r.append("Content-Type: application/json\r\nContent-Length: ").append(b.length).append("\r\n");
        }
        r.append("\r\n");
        byte[] head = r.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + b.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(b, 0, all, head.length, b.length);
        return all;
    }

    /** Sends the request and returns the status; the body is in {@link #body()} until the next exchange. */
    int exchange(byte[] request) throws IOException {
        if (socket == null) connect();
        out.write(request);
        out.flush();
        String status = readLine();
        if (status == null) {
            // closed by the server between requests: once more on a new connection
            close();
            connect();
            out.write(request);
            out.flush();
            status = readLine();
            if (status == null) throw new IOException("connection closed before a response");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = readLine(); h != null && !h.isEmpty(); h = readLine()) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.equalsIgnoreCase("chunked");
            else if (name.equalsIgnoreCase("Connection")) close = value.equalsIgnoreCase("close");
        }
        body.reset();
        if (chunked) {
            for (long size = Long.parseLong(readLine().trim(), 16); size > 0; size = Long.parseLong(readLine().trim(), 16)) {
                copy(size);
                readLine();
            }
            for (String t = readLine(); t != null && !t.isEmpty(); t = readLine()) {
                // trailers
            }
        } else if (length > 0) {
            copy(length);
        }
        if (close) close();
        return code;
    }

    String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private void copy(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        while (n > 0) {
            int r = in.read(buf, 0, (int) Math.min(n, buf.length));
            if (r < 0) throw new IOException("connection closed in a response body");
            body.write(buf, 0, r);
            n -= r;
        }
    }

    /** A header line without its CRLF, or null at end of stream before any byte. */
    private String readLine() throws IOException {
        int n = 0;
        while (true) {
            int c = in.read();
            if (c < 0) {
                if (n == 0) return null;
                throw new IOException("connection closed in a header line");
            }
            if (c == '\n') break;
            if (n < line.length) line[n++] = (byte) c;
        }
        if (n > 0 && line[n - 1] == '\r') n--;
        return new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    private void connect() throws IOException {
        if (connected) reconnects++;
        connected = true;
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 10_000);
        in = new BufferedInputStream(socket.getInputStream(), 16384);
        out = socket.getOutputStream();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }
}
