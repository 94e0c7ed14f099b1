package dev.gavel.server.contest.board;

import java.util.Locale;

/**
 * One view's keys of a contest in Redis, all under the hash tag {@code {<namespace>:contest:<id>}} so that a
 * contest's keys share a Redis Cluster slot.
 */
record RedisKeys(String rank, String rows, String events, String seq) {

    static RedisKeys of(String namespace, long contestId, View view) {
        String prefix = tag(namespace, contestId) + ":" + view.name().toLowerCase(Locale.ROOT);
        return new RedisKeys(prefix + ":rank", prefix + ":rows", prefix + ":events", prefix + ":seq");
    }

    /** The contest's flag that its views have their own keys (see {@link RedisScripts}). */
    static String split(String namespace, long contestId) {
        return tag(namespace, contestId) + ":split";
    }

    /** The contest's writer: only the store that claimed the board last may write it (see {@link RedisScripts}). */
    static String writer(String namespace, long contestId) {
        return tag(namespace, contestId) + ":writer";
    }

    private static String tag(String namespace, long contestId) {
        return "{" + namespace + ":contest:" + contestId + "}";
    }

    /** The event number of a stream id {@code 0-n}. */
    static long eventId(String streamId) {
        return Long.parseLong(streamId.substring(streamId.indexOf('-') + 1));
    }
}
