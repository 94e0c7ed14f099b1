package dev.gavel.server.contest.board;

import java.util.Locale;

/**
 * One view's keys of a contest in Redis, all under the hash tag {@code {<namespace>:contest:<id>}} so that a
 * contest's keys share a Redis Cluster slot.
 */
record RedisKeys(String rank, String rows, String events, String seq) {

    static RedisKeys of(String namespace, long contestId, View view) {
        String prefix = "{" + namespace + ":contest:" + contestId + "}:" + view.name().toLowerCase(Locale.ROOT);
        return new RedisKeys(prefix + ":rank", prefix + ":rows", prefix + ":events", prefix + ":seq");
    }

    /** The event number of a stream id {@code 0-n}. */
    static long eventId(String streamId) {
        return Long.parseLong(streamId.substring(streamId.indexOf('-') + 1));
    }
}
