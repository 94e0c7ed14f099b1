package dev.gavel.server.contest.board;

import static dev.gavel.server.contest.board.Outcome.ACCEPTED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gavel.server.testkit.TestRedis;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on the real Redis server of the tests; each test under its own key namespace, removed after. */
class RedisBoardTest extends BoardContract {

    private static RedisLink link;

    private final String namespace = "gavel-test-" + UUID.randomUUID();
    private final List<RedisRankStore> opened = new ArrayList<>();

    @BeforeAll
    static void connect() {
        link = RedisLink.connect(TestRedis.url());
    }

    @AfterAll
    static void disconnect() {
        if (link != null) link.close();
    }

    @Override
    RankStore open(long contestId, int eventRetention) {
        RedisRankStore store = new RedisRankStore(link, namespace, contestId, eventRetention);
        opened.add(store);
        return store;
    }

    @AfterEach
    void removeKeys() {
        for (RedisRankStore s : opened) {
            s.close();
            s.delete();
        }
        assertEquals(List.of(), link.commands().keys("*" + namespace + "*"));
    }

    @Test
    void aSecondNodeSeesTheFirstNodesRowsAndReceivesItsEvents() throws Exception {
        BoardSpec spec = icpc(problems(3, 1), BoardSpec.NO_FREEZE);
        try (RedisLink otherLink = RedisLink.connect(TestRedis.url());
             RedisRankStore otherStore = new RedisRankStore(otherLink, namespace, 500, RankStore.DEFAULT_EVENT_RETENTION)) {
            Board writer = new Board(spec, open(500, RankStore.DEFAULT_EVENT_RETENTION));
            Board reader = new Board(spec, otherStore);
            EventSink seen = new EventSink();
            reader.subscribe(View.PUBLIC, seen);

            writer.recordAll(scriptedIcpc());
            writer.register(6);
            assertEquals(scriptedIcpcBoard(), all(reader, View.PUBLIC).rows());
            assertEquals(7, reader.size());

            long last = all(writer, View.PUBLIC).lastEventId();
            List<BoardEvent> events = seen.awaitEvent(e -> e.id() == last);
            assertEquals(writer.since(View.PUBLIC, 0).events(), events);

            writer.record(j(6, 2, 900, 200 * MIN, ACCEPTED));
            BoardEvent change = seen.awaitEvent(e -> e.id() == last + 1).get(events.size());
            assertEquals(reader.row(View.PUBLIC, 6).orElseThrow(), change.row());
            assertEquals(6, change.row().rank()); // one solve at minute 200: behind P5's at 100
        }
    }
}
