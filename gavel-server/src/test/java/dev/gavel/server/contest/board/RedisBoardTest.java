package dev.gavel.server.contest.board;

import static dev.gavel.server.contest.board.Outcome.ACCEPTED;
import static dev.gavel.server.contest.board.Outcome.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aStoreWhoseBoardAnotherClaimedCanNoLongerWriteIt() {
        BoardSpec spec = icpc(problems(3, 1), BoardSpec.NO_FREEZE);
        RankStore first = open(600, RankStore.DEFAULT_EVENT_RETENTION);
        RankStore second = open(600, RankStore.DEFAULT_EVENT_RETENTION);
        first.claim("server-1");
        Board firstBoard = Board.rebuild(spec, first, List.of(1L, 2L), List.of());
        firstBoard.record(j(1, 0, 100, MIN, ACCEPTED));

        second.claim("server-2");
        Board secondBoard = Board.rebuild(spec, second, List.of(1L, 2L), List.of(j(1, 0, 100, MIN, ACCEPTED)));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> firstBoard.record(j(2, 1, 200, 2 * MIN, ACCEPTED)));
        assertTrue(String.valueOf(refused.getMessage()).contains(RedisScripts.NOT_WRITER), refused.toString());
        assertThrows(RuntimeException.class, first::clear, "nor clear it");

        // the claimer writes on; once its write is read back, an event the refused write had logged would be too
        secondBoard.record(j(1, 2, 201, 3 * MIN, REJECTED));
        assertEquals(1, secondBoard.row(View.FULL, 1).orElseThrow().row().cells().get(2).tries());
        assertEquals(0, secondBoard.row(View.FULL, 2).orElseThrow().row().solved(), "the refused write left nothing");
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
            // the other node's copy follows the writer's events: once it has the last one it has the whole board
            long last = all(writer, View.PUBLIC).lastEventId();
            List<BoardEvent> events = seen.awaitEvent(e -> e.id() == last);
            assertEquals(writer.since(View.PUBLIC, 0).events(), events);
            assertEquals(scriptedIcpcBoard(), all(reader, View.PUBLIC).rows());
            assertEquals(last, all(reader, View.PUBLIC).lastEventId());
            assertEquals(7, reader.size());

            writer.record(j(6, 2, 900, 200 * MIN, ACCEPTED));
            BoardEvent change = seen.awaitEvent(e -> e.id() == last + 1).get(events.size());
            assertEquals(reader.row(View.PUBLIC, 6).orElseThrow(), change.row());
            assertEquals(6, change.row().rank()); // one solve at minute 200: behind P5's at 100
        }
    }

    @Test
    void aSecondNodesCopyFollowsARebuildByTheFirst() throws Exception {
        BoardSpec spec = icpc(problems(3, 1), BoardSpec.NO_FREEZE);
        try (RedisLink otherLink = RedisLink.connect(TestRedis.url());
             RedisRankStore otherStore = new RedisRankStore(otherLink, namespace, 501, RankStore.DEFAULT_EVENT_RETENTION)) {
            RankStore store = open(501, RankStore.DEFAULT_EVENT_RETENTION);
            Board writer = new Board(spec, store);
            Board reader = new Board(spec, otherStore);
            writer.recordAll(scriptedIcpc());
            awaitSameBoard(writer, reader);

            // a rebuild logs no row events, only a reload marker: the reader copies the board again
            List<Judgement> fewer = scriptedIcpc().subList(0, 3);
            Board rebuilt = Board.rebuild(spec, store, List.of(9L), fewer);
            awaitSameBoard(rebuilt, reader);
            assertEquals(rebuilt.size(), reader.size());
            assertEquals(all(rebuilt, View.FULL).lastEventId(), all(reader, View.FULL).lastEventId());
        }
    }

    @Test
    void theViewsShareOneSetOfKeysUntilAResultIsHidden() {
        BoardSpec spec = icpc(problems(3, 1), FREEZE);
        RankStore store = open(502, RankStore.DEFAULT_EVENT_RETENTION);
        Board board = new Board(spec, store);
        List<Judgement> beforeFreeze = scriptedFreeze().stream().filter(j -> j.atMillis() < FREEZE).toList();
        List<Judgement> afterFreeze = scriptedFreeze().stream().filter(j -> j.atMillis() >= FREEZE).toList();

        board.recordAll(beforeFreeze);
        assertEquals(List.of(), publicKeys(502));
        assertEquals(all(board, View.FULL).rows(), all(board, View.PUBLIC).rows());
        List<BoardEvent> shared = board.since(View.PUBLIC, 0).events();
        assertEquals(eventsAs(View.PUBLIC, board.since(View.FULL, 0).events()), shared);

        board.recordAll(afterFreeze);
        assertEquals(4, publicKeys(502).size());
        assertEquals(frozenPublicBoard(), all(board, View.PUBLIC).rows());
        assertEquals(frozenFullBoard(), all(board, View.FULL).rows());
        // the public view's events go on from the shared ones without a gap
        List<BoardEvent> publicEvents = board.since(View.PUBLIC, 0).events();
        assertEquals(shared, publicEvents.subList(0, shared.size()));
        for (int i = 0; i < publicEvents.size(); i++) assertEquals(i + 1, publicEvents.get(i).id());
        long lastPublic = all(board, View.PUBLIC).lastEventId();
        assertEquals(publicEvents.size(), lastPublic);
        long lastFull = all(board, View.FULL).lastEventId();

        // a rebuild joins them again, past both views' ids
        Board rebuilt = Board.rebuild(spec, store, List.of(), beforeFreeze);
        assertEquals(List.of(), publicKeys(502));
        assertTrue(rebuilt.since(View.PUBLIC, lastPublic).tooOld());
        assertEquals(all(rebuilt, View.FULL).rows(), all(rebuilt, View.PUBLIC).rows());
        long resume = all(rebuilt, View.PUBLIC).lastEventId();
        assertTrue(resume > Math.max(lastPublic, lastFull));
        rebuilt.record(j(1, 2, 14, 10 * MIN, REJECTED));
        assertEquals(List.of(resume + 1), rebuilt.since(View.PUBLIC, resume).events().stream().map(BoardEvent::id).toList());
    }

    @Test
    void aSecondNodesCopyFollowsTheViewsAsTheySplit() throws Exception {
        BoardSpec spec = icpc(problems(3, 1), FREEZE);
        try (RedisLink otherLink = RedisLink.connect(TestRedis.url());
             RedisRankStore otherStore = new RedisRankStore(otherLink, namespace, 503, RankStore.DEFAULT_EVENT_RETENTION)) {
            Board writer = new Board(spec, open(503, RankStore.DEFAULT_EVENT_RETENTION));
            Board reader = new Board(spec, otherStore);
            EventSink pub = new EventSink();
            EventSink full = new EventSink();
            reader.subscribe(View.PUBLIC, pub);
            reader.subscribe(View.FULL, full);

            writer.recordAll(scriptedFreeze().stream().filter(j -> j.atMillis() < FREEZE).toList());
            awaitSameBoard(writer, reader);
            writer.recordAll(scriptedFreeze().stream().filter(j -> j.atMillis() >= FREEZE).toList());
            awaitSameBoard(writer, reader);
            assertEquals(frozenPublicBoard(), all(reader, View.PUBLIC).rows());

            long lastPublic = all(writer, View.PUBLIC).lastEventId();
            long lastFull = all(writer, View.FULL).lastEventId();
            assertEquals(writer.since(View.PUBLIC, 0).events(), pub.awaitEvent(e -> e.id() == lastPublic));
            assertEquals(writer.since(View.FULL, 0).events(), full.awaitEvent(e -> e.id() == lastFull));
        }
    }

    /** The keys the contest's public view has of its own (none while the views are shared). */
    private List<String> publicKeys(long contestId) {
        return link.commands().keys("{" + namespace + ":contest:" + contestId + "}:public:*");
    }

    private static List<BoardEvent> eventsAs(View view, List<BoardEvent> events) {
        return events.stream().map(e -> new BoardEvent(e.id(), view, e.row())).toList();
    }

    /**
     * Waits (up to 10 s) until the reader's copy shows the writer's board in both views (a blocked XREAD returns the
     * stream that got events first, so one view may be ahead for a moment), then asserts they are equal.
     */
    private static void awaitSameBoard(Board writer, Board reader) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!(all(writer, View.PUBLIC).equals(all(reader, View.PUBLIC)) && all(writer, View.FULL).equals(all(reader, View.FULL)))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(all(writer, View.PUBLIC), all(reader, View.PUBLIC));
        assertEquals(all(writer, View.FULL), all(reader, View.FULL));
    }
}
