package dev.gavel.server.contest.board;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Redis server as the boards of one process use it: one connection for pipelined writes (commands are sent in
 * batches, in the order they were handed over), one for reads, and a blocking connection per event reader. Shared
 * by every {@link RedisRankStore} of the process; close it last.
 */
public final class RedisLink implements AutoCloseable {

    /** A script call: the keys and arguments of one EVALSHA. */
    record Call(String[] keys, String[] args) {
    }

    /**
     * What Redis answered to a pipeline of write calls.
     *
     * @param lastIds each view's last event id after them, indexed by view ordinal (0 for a view they did not log to)
     * @param split   the views had their own keys after them
     */
    record Written(long[] lastIds, boolean split) {
    }

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> writer;
    private final StatefulRedisConnection<String, String> reader;
    private final ReentrantLock writing = new ReentrantLock();
    private final String writeSha;
    private final Map<String, String> digests = new ConcurrentHashMap<>();
    // set when Redis lost the write script (a restart, SCRIPT FLUSH): the next write loads it again
    private volatile boolean scriptLost;

    private RedisLink(RedisClient client) {
        this.client = client;
        this.writer = client.connect(Utf8Codec.INSTANCE);
        this.reader = client.connect(Utf8Codec.INSTANCE);
        this.writeSha = reader.sync().scriptLoad(RedisScripts.WRITE);
        writer.setAutoFlushCommands(false);
    }

    /** Connects to {@code redis://host:port} (the URL form Lettuce takes, with password or database if needed). */
    public static RedisLink connect(String url) {
        RedisClient client = RedisClient.create(url);
        try {
            return new RedisLink(client);
        } catch (RuntimeException e) {
            client.shutdown();
            throw new IllegalStateException("cannot connect to Redis at " + url + ": " + e.getMessage(), e);
        }
    }

    /** Sends the write script's calls as one pipeline; the future completes when Redis has run them all. */
    CompletableFuture<Written> write(List<Call> calls) {
        List<CompletableFuture<String>> replies = new ArrayList<>(calls.size());
        writing.lock();
        try {
            if (scriptLost) {
                scriptLost = false;
                reader.sync().scriptLoad(RedisScripts.WRITE);
            }
            for (Call c : calls) {
                RedisFuture<String> reply = writer.async().evalsha(writeSha, ScriptOutputType.VALUE, c.keys(), c.args());
                replies.add(reply.toCompletableFuture().whenComplete((r, e) -> {
                    if (e instanceof RedisNoScriptException) scriptLost = true;
                }));
            }
            writer.flushCommands();
        } finally {
            writing.unlock();
        }
        return CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new)).thenApply(done -> {
            long[] last = new long[View.values().length];
            boolean split = false;
            for (CompletableFuture<String> r : replies) {
                String[] reply = r.join().split(" ");
                for (int v = 0; v < last.length; v++) last[v] = Math.max(last[v], Long.parseLong(reply[v]));
                split |= reply[last.length].equals("1");
            }
            return new Written(last, split);
        });
    }

    /** Runs a script on the read connection, loading it first if the server does not have it. */
    <T> T eval(String script, ScriptOutputType type, String[] keys, String... args) {
        String sha = digests.computeIfAbsent(script, reader.sync()::digest);
        try {
            return reader.sync().evalsha(sha, type, keys, args);
        } catch (RedisNoScriptException e) {
            return reader.sync().eval(script, type, keys, args);
        }
    }

    /** The read connection's synchronous commands. */
    RedisCommands<String, String> commands() {
        return reader.sync();
    }

    /** A new connection of its own, for a reader that blocks (XREAD BLOCK); the caller closes it. */
    StatefulRedisConnection<String, String> connect() {
        return client.connect(Utf8Codec.INSTANCE);
    }

    @Override
    public void close() {
        writer.close();
        reader.close();
        client.shutdown();
    }
}
