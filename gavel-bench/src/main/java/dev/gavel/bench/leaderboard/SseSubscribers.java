package dev.gavel.bench.leaderboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The viewers of the push benchmark, as a process of their own (10,000 sockets on each side do not fit one
 * process's file limit): opens {@code count} Server-Sent-Event streams of a leaderboard on one selector thread and
 * notes when each {@code row} event of a probe participant arrives, by the participant and its tries on the first
 * problem. Prints {@code ready} once every stream has answered. Then reads the probes sent, one {@code participant
 * tries sentNanos} line each, up to {@code end}, and prints the latencies: {@code System.nanoTime} is the same
 * monotonic clock in every process of a Linux machine.
 *
 * <p>Usage: {@code SseSubscribers PORT PATH COUNT PROBE_PARTICIPANTS}
 */
public final class SseSubscribers {

    private static final Pattern TRIES = Pattern.compile("\"tries\":(\\d+)");
    private static final byte[] EVENT = "event:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW = "row".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] USER_ID = "\"userId\":".getBytes(StandardCharsets.US_ASCII);

    private final Map<Long, List<Long>> arrivals = new HashMap<>();
    // on the heap: lines are read from its array, as bytes (one thread reads for every viewer, so it must be cheap)
    private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
    private final int count;
    private final int probeParticipants;
    private int answered;
    private long rowEvents;

    private SseSubscribers(int count, int probeParticipants) {
        this.count = count;
        this.probeParticipants = probeParticipants;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String path = args[1];
        int count = Integer.parseInt(args[2]);
        SseSubscribers subscribers = new SseSubscribers(count, Integer.parseInt(args[3]));
        Thread reader = Thread.ofPlatform().name("sse-reader").start(() -> subscribers.read(port, path));
        List<long[]> probes = readProbes();
        Thread.sleep(3_000); // late arrivals
        reader.interrupt();
        reader.join();
        subscribers.report(probes);
    }

    private static List<long[]> readProbes() throws IOException {
        List<long[]> probes = new ArrayList<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null && !line.equals("end"); ) {
            String[] f = line.strip().split(" ");
            probes.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        return probes;
    }

    private static long key(long participant, long tries) {
        return participant << 32 | tries;
    }

    private void read(int port, String path) {
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try (Selector selector = Selector.open()) {
            for (int i = 0; i < count; i++) {
                SocketChannel ch = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
                ch.write(ByteBuffer.wrap(request));
                ch.configureBlocking(false);
                ch.register(selector, SelectionKey.OP_READ, new Stream());
                if (i % 500 == 499) drain(selector, 0);
            }
            while (!Thread.currentThread().isInterrupted()) drain(selector, 100);
        } catch (IOException e) {
            System.err.println("subscribers failed: " + e);
        }
    }

    private void drain(Selector selector, long timeoutMs) throws IOException {
        if (timeoutMs == 0 ? selector.selectNow() == 0 : selector.select(timeoutMs) == 0) return;
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            SocketChannel ch = (SocketChannel) key.channel();
            buffer.clear();
            int n = ch.read(buffer);
            if (n < 0) {
                key.cancel();
                ch.close();
                continue;
            }
            // stamped per read, not per select: a row is seen when this thread gets to its stream
            ((Stream) key.attachment()).feed(buffer.array(), n, System.nanoTime());
        }
    }

    /** One stream's unfinished line and the event it is in. */
    private final class Stream {
        private byte[] partial = new byte[256];
        private int partialLength;
        private boolean started;
        private boolean inRow;

        void feed(byte[] bytes, int length, long now) {
            if (!started) {
                started = true;
                if (++answered == count) {
                    System.out.println("ready");
                    System.out.flush();
                }
            }
            int from = 0;
            for (int i = 0; i < length; i++) {
                if (bytes[i] != '\n') continue;
                if (partialLength == 0) {
                    line(bytes, from, i, now);
                } else {
                    keep(bytes, from, i);
                    line(partial, 0, partialLength, now);
                    partialLength = 0;
                }
                from = i + 1;
            }
            keep(bytes, from, length);
        }

        private void keep(byte[] bytes, int from, int to) {
            int need = partialLength + to - from;
            if (need > partial.length) partial = Arrays.copyOf(partial, Math.max(need, 2 * partial.length));
            System.arraycopy(bytes, from, partial, partialLength, to - from);
            partialLength = need;
        }

        private void line(byte[] b, int from, int to, long now) {
            if (to > from && b[to - 1] == '\r') to--;
            if (startsWith(b, from, to, EVENT)) {
                int at = from + EVENT.length;
                while (at < to && b[at] == ' ') at++;
                inRow = to - at == ROW.length && startsWith(b, at, to, ROW);
            } else if (inRow && startsWith(b, from, to, DATA)) {
                rowEvents++;
                int at = indexOf(b, from, to, USER_ID);
                if (at < 0) return;
                long participant = 0;
                int digits = 0;
                for (int i = at + USER_ID.length; i < to && b[i] >= '0' && b[i] <= '9' && digits < 10; i++, digits++) {
                    participant = participant * 10 + (b[i] - '0');
                }
                if (digits == 0 || participant >= probeParticipants) return;
                Matcher tries = TRIES.matcher(new String(b, from, to - from, StandardCharsets.UTF_8));
                if (tries.find()) {
                    arrivals.computeIfAbsent(key(participant, Long.parseLong(tries.group(1))), k -> new ArrayList<>())
                            .add(now);
                }
            }
        }
    }

    private static boolean startsWith(byte[] b, int from, int to, byte[] prefix) {
        if (to - from < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (b[from + i] != prefix[i]) return false;
        return true;
    }

    private static int indexOf(byte[] b, int from, int to, byte[] what) {
        for (int i = from; i + what.length <= to; i++) if (startsWith(b, i, to, what)) return i;
        return -1;
    }

    /** Call after the reader thread ended (joined), so its notes are visible. */
    private void report(List<long[]> probes) {
        List<Long> latencies = new ArrayList<>();
        long expected = (long) probes.size() * count;
        for (long[] p : probes) {
            for (long at : arrivals.getOrDefault(key(p[0], p[1]), List.of())) latencies.add(at - p[2]);
        }
        latencies.sort(null);
        System.out.printf(Locale.ROOT, "push p50 ms = %.1f, p99 ms = %.1f, delivered = %d of %d (%d row events in "
                + "all)%n", percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.size(), expected,
                rowEvents);
    }

    private static double percentile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) return Double.NaN;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }
}
