package dev.gavel.server.contest.board;

import static dev.gavel.server.contest.board.Outcome.ACCEPTED;
import static dev.gavel.server.contest.board.Outcome.IGNORED;
import static dev.gavel.server.contest.board.Outcome.PENDING;
import static dev.gavel.server.contest.board.Outcome.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The board's promises, run on each store (subclasses open them). Boards computed by hand unless said otherwise. */
abstract class BoardContract {

    static final long MIN = 60_000;
    private static final List<BoardProblem> ABC = problems(3, 1);

    private long nextContest = 1;

    /** A new empty store for a contest, keeping at least {@code eventRetention} events per view. */
    abstract RankStore open(long contestId, int eventRetention);

    RankStore open() {
        return open(nextContest++, RankStore.DEFAULT_EVENT_RETENTION);
    }

    static List<BoardProblem> problems(int n, double points) {
        List<BoardProblem> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new BoardProblem(String.valueOf((char) ('A' + i)), points));
        return out;
    }

    static BoardSpec icpc(List<BoardProblem> problems, long freezeAtMillis) {
        return new BoardSpec(7, new Scoring.Icpc(), problems, freezeAtMillis);
    }

    static Judgement j(long participant, int problem, long submission, long atMillis, Outcome outcome) {
        return Judgement.icpc(participant, problem, submission, atMillis, outcome);
    }

    static Cell icpcCell(int tries, int pending, boolean solved, long minute, boolean first) {
        return new Cell(tries, pending, solved, minute, first, 0, false);
    }

    static Cell frozenCell(int tries, int pending) {
        return new Cell(tries, pending, false, 0, false, 0, true);
    }

    static final Cell NONE = Cell.EMPTY;

    static Row icpcRow(long participant, long penalty, long lastAc, Cell... cells) {
        int solved = (int) List.of(cells).stream().filter(Cell::solved).count();
        return new Row(participant, solved, solved, penalty, lastAc, List.of(cells));
    }

    static List<Long> ranksAndIds(BoardPage page) {
        List<Long> out = new ArrayList<>();
        for (RankedRow r : page.rows()) {
            out.add((long) r.rank());
            out.add(r.row().participant());
        }
        return out;
    }

    /** Equal row lists, or a failure naming the first row that differs (whole boards are too long to print). */
    static void assertSameRows(List<RankedRow> expected, List<RankedRow> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ": row at position " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": rows");
    }

    static BoardPage all(Board board, View view) {
        return board.page(view, 0, Integer.MAX_VALUE);
    }

    // ---- ICPC, scripted -------------------------------------------------------------------------------------------

    /** The scripted ICPC contest, results arriving out of order; see the expected board in the test below. */
    static List<Judgement> scriptedIcpc() {
        return List.of(
                j(1, 0, 103, 15 * MIN + 59_000, ACCEPTED), // before the result of P1's earlier submission
                j(1, 0, 101, 10 * MIN + 30_000, PENDING),
                j(1, 0, 102, 12 * MIN + 10_000, IGNORED), // compile error: no try, no penalty
                j(2, 0, 201, 5 * MIN, ACCEPTED),
                j(2, 1, 203, 50 * MIN, PENDING),
                j(1, 0, 101, 10 * MIN + 30_000, REJECTED),
                j(2, 1, 202, 30 * MIN, REJECTED),
                j(2, 1, 203, 50 * MIN, ACCEPTED),
                j(3, 0, 301, 15 * MIN, ACCEPTED),
                j(3, 0, 302, 16 * MIN, REJECTED), // after the first AC: never counts
                j(3, 0, 304, 20 * MIN, PENDING), // nor does a pending one after it
                j(3, 2, 303, 60 * MIN, ACCEPTED),
                j(4, 0, 401, 15 * MIN + 20_000, ACCEPTED),
                j(4, 2, 402, 60 * MIN, ACCEPTED), // same millisecond as 303: the lower submission id is first
                j(1, 1, 104, 40 * MIN, ACCEPTED), // takes B's first solve from P2
                j(5, 2, 501, MIN, REJECTED),
                j(5, 2, 502, 2 * MIN, REJECTED),
                j(5, 2, 503, 3 * MIN, PENDING),
                j(5, 1, 504, 100 * MIN, ACCEPTED),
                j(7, 0, 701, 7 * MIN, IGNORED));
    }

    static List<RankedRow> scriptedIcpcBoard() {
        return List.of(
                new RankedRow(1, icpcRow(1, 75, 40,
                        icpcCell(2, 0, true, 15, false), icpcCell(1, 0, true, 40, true), NONE)),
                new RankedRow(2, icpcRow(2, 75, 50,
                        icpcCell(1, 0, true, 5, true), icpcCell(2, 0, true, 50, false), NONE)),
                new RankedRow(3, icpcRow(3, 75, 60,
                        icpcCell(1, 0, true, 15, false), NONE, icpcCell(1, 0, true, 60, true))),
                new RankedRow(3, icpcRow(4, 75, 60,
                        icpcCell(1, 0, true, 15, false), NONE, icpcCell(1, 0, true, 60, false))),
                new RankedRow(5, icpcRow(5, 100, 100,
                        NONE, icpcCell(1, 0, true, 100, false), icpcCell(2, 1, false, 0, false))),
                new RankedRow(6, icpcRow(6, 0, 0, NONE, NONE, NONE)),
                new RankedRow(6, icpcRow(7, 0, 0, NONE, NONE, NONE)));
    }

    @Test
    void icpcScriptedContestMatchesTheBoardComputedByHand() {
        Board board = new Board(icpc(ABC, BoardSpec.NO_FREEZE), open());
        board.register(6);
        List<Judgement> script = scriptedIcpc();
        script.subList(0, 5).forEach(board::record);
        // P2's B is being judged: a pending cell, no change to the ranking keys
        assertEquals(icpcCell(0, 1, false, 0, false), board.row(View.FULL, 2).orElseThrow().row().cells().get(1));
        board.recordAll(script.subList(5, script.size()));

        assertEquals(scriptedIcpcBoard(), all(board, View.FULL).rows());
        assertEquals(scriptedIcpcBoard(), all(board, View.PUBLIC).rows());
        assertEquals(7, board.size());
        assertEquals(7, all(board, View.FULL).total());
    }

    @Test
    void aRejudgeTurningAcceptedIntoRejectedAndBackMovesRowsAndTheFirstSolve() {
        Board board = new Board(icpc(ABC, BoardSpec.NO_FREEZE), open());
        board.register(6);
        board.recordAll(scriptedIcpc());
        long before = all(board, View.FULL).lastEventId();

        board.record(j(2, 0, 201, 5 * MIN, REJECTED));
        assertEquals(List.of(1L, 1L, 2L, 3L, 2L, 4L, 4L, 2L, 5L, 5L, 6L, 6L, 6L, 7L), ranksAndIds(all(board, View.FULL)));
        assertEquals(icpcRow(2, 70, 50, icpcCell(1, 0, false, 0, false), icpcCell(2, 0, true, 50, false), NONE),
                board.row(View.FULL, 2).orElseThrow().row());
        // the first solve of A moved to P3 (15:00, before P4's 15:20 and P1's 15:59): both rows changed
        assertEquals(icpcCell(1, 0, true, 15, true), board.row(View.FULL, 3).orElseThrow().row().cells().get(0));
        EventBatch changes = board.since(View.FULL, before);
        assertFalse(changes.tooOld());
        assertEquals(List.of(2L, 3L), changes.events().stream().map(e -> e.row().row().participant()).sorted().toList());
        assertEquals(4, changes.events().stream().filter(e -> e.row().row().participant() == 2).findFirst()
                .orElseThrow().row().rank());

        board.record(j(2, 0, 201, 5 * MIN, ACCEPTED));
        assertEquals(scriptedIcpcBoard(), all(board, View.FULL).rows());
        assertEquals(scriptedIcpcBoard(), all(board, View.PUBLIC).rows());
    }

    @Test
    void judgementsOfAnotherProblemIndexAreRefusedAndChangeNothing() {
        Board board = new Board(icpc(ABC, BoardSpec.NO_FREEZE), open());
        board.record(j(1, 0, 1, MIN, ACCEPTED));
        assertThrows(IllegalArgumentException.class,
                () -> board.recordAll(List.of(j(2, 0, 2, MIN, ACCEPTED), j(2, 3, 3, MIN, ACCEPTED))));
        assertEquals(1, board.size());
        assertEquals(Optional.empty(), board.row(View.FULL, 2));
    }

    // ---- IOI, scripted --------------------------------------------------------------------------------------------

    static List<Judgement> scriptedIoi() {
        double[] none = new double[0];
        return List.of(
                new Judgement(1, 0, 1, MIN, REJECTED, 30, new double[] {30, 0}),
                new Judgement(1, 0, 2, 2 * MIN, REJECTED, 70, new double[] {0, 70}),
                new Judgement(2, 0, 3, MIN, ACCEPTED, 100, new double[] {30, 70}),
                new Judgement(2, 1, 4, MIN, REJECTED, 50, none),
                new Judgement(3, 0, 5, MIN, REJECTED, 70, new double[] {0, 70}),
                new Judgement(3, 1, 6, MIN, REJECTED, 80, none),
                new Judgement(5, 1, 7, MIN, REJECTED, 40, none),
                new Judgement(5, 2, 8, MIN, REJECTED, 30, none),
                new Judgement(5, 2, 9, 2 * MIN, IGNORED, 0, none),
                new Judgement(5, 2, 10, 3 * MIN, PENDING, 0, none),
                new Judgement(6, 0, 11, MIN, REJECTED, 33.3, none),
                new Judgement(6, 1, 12, MIN, REJECTED, 33.3, none),
                new Judgement(6, 2, 13, MIN, REJECTED, 33.4, none));
    }

    private Board ioiBoard(IoiMode mode) {
        Board board = new Board(new BoardSpec(9, new Scoring.Ioi(mode), problems(3, 100), BoardSpec.NO_FREEZE), open());
        board.register(4);
        board.recordAll(scriptedIoi());
        return board;
    }

    @Test
    void ioiBestSubmissionTakesEachProblemsBestScoreAndTiesShareARank() {
        Board board = ioiBoard(IoiMode.BEST_SUBMISSION);
        // totals: P2 150, P3 150, P6 100 (33.3 + 33.3 + 33.4), P1 70, P5 70, P4 0
        assertEquals(List.of(1L, 2L, 1L, 3L, 3L, 6L, 4L, 1L, 4L, 5L, 6L, 4L), ranksAndIds(all(board, View.FULL)));
        Row p5 = board.row(View.FULL, 5).orElseThrow().row();
        assertEquals(70, p5.points(), 1e-9);
        // Z: one judged try (the compile error is not one), one pending
        assertEquals(new Cell(1, 1, false, 0, false, 30, false), p5.cells().get(2));
        Row p2 = board.row(View.FULL, 2).orElseThrow().row();
        assertEquals(1, p2.solved());
        assertEquals(new Cell(1, 0, true, 0, false, 100, false), p2.cells().get(0));
        assertEquals(new Cell(2, 0, false, 0, false, 70, false), board.row(View.FULL, 1).orElseThrow().row().cells().get(0));
        assertEquals(all(board, View.FULL).rows(), all(board, View.PUBLIC).rows());
    }

    @Test
    void ioiBestPerSubtaskAddsEachSubtasksBestAndTiesShareARank() {
        Board board = ioiBoard(IoiMode.BEST_PER_SUBTASK);
        // P1 now has 30 + 70 on X: 100, tied with P6 (to a thousandth of a point)
        assertEquals(List.of(1L, 2L, 1L, 3L, 3L, 1L, 3L, 6L, 5L, 5L, 6L, 4L), ranksAndIds(all(board, View.FULL)));
        Row p1 = board.row(View.FULL, 1).orElseThrow().row();
        assertEquals(new Cell(2, 0, true, 0, false, 100, false), p1.cells().get(0));
        assertEquals(1, p1.solved());
        // a submission without subtask scores counts with its total
        assertEquals(80, board.row(View.FULL, 3).orElseThrow().row().cells().get(1).score(), 1e-9);
    }

    // ---- freeze and the resolver --------------------------------------------------------------------------------

    static final long FREEZE = 240 * MIN;

    static List<Judgement> scriptedFreeze() {
        return List.of(
                j(1, 0, 11, 100 * MIN, ACCEPTED),
                j(1, 1, 12, 250 * MIN, REJECTED),
                j(1, 1, 13, 260 * MIN, ACCEPTED),
                j(2, 0, 21, 200 * MIN, ACCEPTED),
                j(2, 1, 22, 230 * MIN, REJECTED),
                j(2, 2, 23, 245 * MIN, ACCEPTED),
                j(3, 0, 31, 241 * MIN, REJECTED),
                j(3, 0, 32, 250 * MIN, REJECTED),
                j(4, 0, 41, 120 * MIN, ACCEPTED),
                j(4, 1, 42, 239 * MIN, PENDING),
                j(4, 1, 43, 270 * MIN, REJECTED), // after P4's (pre-freeze) AC on B: not frozen, never counts
                j(4, 1, 42, 239 * MIN, ACCEPTED)); // judged after the freeze began, submitted before: public
    }

    static List<RankedRow> frozenPublicBoard() {
        return List.of(
                new RankedRow(1, icpcRow(4, 359, 239,
                        icpcCell(1, 0, true, 120, false), icpcCell(1, 0, true, 239, true), NONE)),
                new RankedRow(2, icpcRow(1, 100, 100, icpcCell(1, 0, true, 100, true), frozenCell(0, 2), NONE)),
                new RankedRow(3, icpcRow(2, 200, 200,
                        icpcCell(1, 0, true, 200, false), icpcCell(1, 0, false, 0, false), frozenCell(0, 1))),
                new RankedRow(4, icpcRow(3, 0, 0, frozenCell(0, 2), NONE, NONE)));
    }

    static List<RankedRow> frozenFullBoard() {
        return List.of(
                new RankedRow(1, icpcRow(4, 359, 239,
                        icpcCell(1, 0, true, 120, false), icpcCell(1, 0, true, 239, true), NONE)),
                new RankedRow(2, icpcRow(1, 380, 260,
                        icpcCell(1, 0, true, 100, true), icpcCell(2, 0, true, 260, false), NONE)),
                new RankedRow(3, icpcRow(2, 445, 245,
                        icpcCell(1, 0, true, 200, false), icpcCell(1, 0, false, 0, false),
                        icpcCell(1, 0, true, 245, true))),
                new RankedRow(4, icpcRow(3, 0, 0, icpcCell(2, 0, false, 0, false), NONE, NONE)));
    }

    private Board frozenBoard() {
        Board board = new Board(icpc(ABC, FREEZE), open());
        board.recordAll(scriptedFreeze());
        return board;
    }

    @Test
    void afterTheFreezeThePublicViewShowsPendingTriesAndTheFullViewTheTruth() {
        Board board = frozenBoard();
        assertTrue(board.frozen());
        assertEquals(frozenPublicBoard(), all(board, View.PUBLIC).rows());
        assertEquals(frozenFullBoard(), all(board, View.FULL).rows());
        assertEquals(Optional.of(frozenFullBoard().get(2)), board.row(View.FULL, 2));
    }

    @Test
    void revealNextGoesFromTheLowestRankedRowAndEndsOnTheFullBoard() {
        Board board = frozenBoard();
        List<RankedRow> pub = frozenPublicBoard();

        RevealStep first = board.revealNext().orElseThrow();
        assertEquals(3, first.participant());
        assertEquals(0, first.problem());
        assertEquals(pub.get(3), first.before());
        assertEquals(new RankedRow(4, icpcRow(3, 0, 0, icpcCell(2, 0, false, 0, false), NONE, NONE)), first.after());

        RevealStep second = board.revealNext().orElseThrow();
        assertEquals(2, second.participant());
        assertEquals(2, second.problem());
        assertEquals(pub.get(2), second.before());
        // P2 solves C (first to solve it, now that it shows) and passes P1, still at one problem publicly
        assertEquals(new RankedRow(2, frozenFullBoard().get(2).row()), second.after());

        RevealStep third = board.revealNext().orElseThrow();
        assertEquals(1, third.participant());
        assertEquals(1, third.problem());
        assertEquals(3, third.before().rank());
        assertEquals(frozenFullBoard().get(1), third.after());

        assertFalse(board.frozen());
        assertEquals(Optional.empty(), board.revealNext());
        assertEquals(frozenFullBoard(), all(board, View.PUBLIC).rows());
        assertEquals(frozenFullBoard(), all(board, View.FULL).rows());
    }

    @Test
    void aBoardRebuiltDuringTheRevealShowsTheRevealedCellsAndGoesOnFromThere() {
        Board board = frozenBoard();
        RevealStep first = board.revealNext().orElseThrow();
        RevealStep second = board.revealNext().orElseThrow();
        List<CellId> revealed = List.of(new CellId(first.participant(), first.problem()),
                new CellId(second.participant(), second.problem()), new CellId(99, 0));

        Board rebuilt = Board.rebuild(icpc(ABC, FREEZE), open(), List.of(1L, 2L, 3L, 4L), scriptedFreeze(), revealed);
        assertTrue(rebuilt.frozen());
        assertSameRows(all(board, View.PUBLIC).rows(), all(rebuilt, View.PUBLIC).rows(), "public view after two steps");
        assertSameRows(frozenFullBoard(), all(rebuilt, View.FULL).rows(), "full view");
        RevealStep third = rebuilt.revealNext().orElseThrow();
        assertEquals(board.revealNext().orElseThrow(), third, "the third step, as if nothing had been rebuilt");
        assertEquals(Optional.empty(), rebuilt.revealNext());
        assertFalse(rebuilt.frozen());

        assertThrows(IllegalArgumentException.class, () -> Board.rebuild(icpc(ABC, FREEZE), open(), List.of(3L),
                scriptedFreeze(), List.of(new CellId(3, 3))), "a revealed cell of a fourth problem");
    }

    @Test
    void unfreezeRevealsEverythingAtOnce() {
        Board board = frozenBoard();
        long before = all(board, View.PUBLIC).lastEventId();
        board.unfreeze();
        assertFalse(board.frozen());
        assertEquals(frozenFullBoard(), all(board, View.PUBLIC).rows());
        // the three rows with frozen cells changed, nobody else's
        assertEquals(List.of(1L, 2L, 3L), board.since(View.PUBLIC, before).events().stream()
                .map(e -> e.row().row().participant()).sorted().toList());
        assertEquals(Optional.empty(), board.revealNext());
    }

    @Test
    void withoutAFreezeNothingIsEverHidden() {
        Board board = new Board(icpc(ABC, BoardSpec.NO_FREEZE), open());
        board.recordAll(scriptedFreeze());
        assertFalse(board.frozen());
        assertEquals(frozenFullBoard(), all(board, View.PUBLIC).rows());
        assertEquals(Optional.empty(), board.revealNext());
    }

    // ---- reads -----------------------------------------------------------------------------------------------------

    /** Participants 1..30 solve A at minute = their id (rank = id); 100..104 have nothing (all rank 31). */
    private Board ladder() {
        Board board = new Board(icpc(problems(1, 1), BoardSpec.NO_FREEZE), open());
        board.registerAll(LongStream.rangeClosed(100, 104).boxed().toList());
        List<Judgement> js = new ArrayList<>();
        for (long p = 30; p >= 1; p--) js.add(j(p, 0, p, p * MIN, ACCEPTED));
        board.recordAll(js);
        return board;
    }

    @Test
    void pagesAndAroundListRowsInOrderWithTheirRanks() {
        Board board = ladder();
        assertEquals(35, board.size());
        BoardPage top = board.page(View.PUBLIC, 0, 10);
        assertEquals(35, top.total());
        assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(),
                top.rows().stream().map(r -> r.row().participant()).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), top.rows().stream().map(RankedRow::rank).toList());

        BoardPage tail = board.page(View.PUBLIC, 27, 10);
        assertEquals(List.of(28L, 28L, 29L, 29L, 30L, 30L, 31L, 100L, 31L, 101L, 31L, 102L, 31L, 103L, 31L, 104L),
                ranksAndIds(tail));
        assertEquals(List.of(), board.page(View.PUBLIC, 35, 10).rows());
        assertEquals(List.of(), board.page(View.PUBLIC, 3, 0).rows());

        assertEquals(List.of(10L, 10L, 11L, 11L, 12L, 12L, 13L, 13L, 14L, 14L), ranksAndIds(board.around(View.FULL, 12, 2)));
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L), ranksAndIds(board.around(View.FULL, 1, 2)));
        assertEquals(List.of(31L, 102L, 31L, 103L, 31L, 104L), ranksAndIds(board.around(View.FULL, 104, 2)));
        BoardPage stranger = board.around(View.FULL, 999, 2);
        assertEquals(List.of(), stranger.rows());
        assertEquals(35, stranger.total());
        assertEquals(31, board.row(View.FULL, 103).orElseThrow().rank());
        assertEquals(Optional.empty(), board.row(View.FULL, 999));
    }

    // ---- events ----------------------------------------------------------------------------------------------------

    @Test
    void subscribersAndSinceGetEveryRowChangeWithConsecutiveIds() throws Exception {
        Board board = new Board(icpc(ABC, FREEZE), open());
        EventSink full = new EventSink();
        EventSink pub = new EventSink();
        Runnable stopFull = board.subscribe(View.FULL, full);
        board.subscribe(View.PUBLIC, pub);

        board.register(1);
        board.record(j(2, 0, 1, MIN, ACCEPTED));
        board.record(j(1, 1, 2, 250 * MIN, ACCEPTED)); // after the freeze: public shows it pending
        long last = all(board, View.FULL).lastEventId();

        EventBatch batch = board.since(View.FULL, 0);
        assertFalse(batch.tooOld());
        assertEquals(last, batch.lastEventId());
        List<BoardEvent> events = batch.events();
        assertEquals(3, events.size()); // P1 registered, P2 with a solve, P1 solves B
        for (int i = 0; i < events.size(); i++) assertEquals(i + 1, events.get(i).id());
        assertEquals(new RankedRow(2, icpcRow(1, 250, 250, NONE, icpcCell(1, 0, true, 250, true), NONE)),
                events.get(2).row());
        assertEquals(View.FULL, events.get(2).view());
        assertEquals(events, full.awaitEvent(e -> e.id() == last));

        List<BoardEvent> publicEvents = pub.awaitEvent(e -> e.row().row().cells().get(1).frozen());
        assertEquals(new RankedRow(2, icpcRow(1, 0, 0, NONE, frozenCell(0, 1), NONE)),
                publicEvents.get(publicEvents.size() - 1).row());
        assertEquals(board.since(View.PUBLIC, 0).events(), publicEvents);

        assertEquals(List.of(), board.since(View.FULL, last).events());
        assertFalse(board.since(View.FULL, last).tooOld());
        assertEquals(events.subList(2, 3), board.since(View.FULL, 2).events());
        assertTrue(board.since(View.FULL, last + 5).tooOld());

        // a listener subscribed after the unsubscribed one is called after it: once it has P3's event, the
        // unsubscribed one would have had it too
        stopFull.run();
        EventSink later = new EventSink();
        board.subscribe(View.FULL, later);
        board.record(j(3, 0, 3, MIN, REJECTED));
        later.awaitEvent(e -> e.row().row().participant() == 3);
        assertEquals(events, full.events());
    }

    @Test
    void sinceSaysTooOldPastTheRetentionAndAfterARebuild() {
        RankStore store = open(nextContest++, 10);
        Board board = new Board(icpc(ABC, BoardSpec.NO_FREEZE), store);
        List<Judgement> js = new ArrayList<>();
        // rejected tries only, so that every judgement changes a row: one event each
        for (int i = 1; i <= 1000; i++) js.add(j(i % 7, i % 3, i, i * 1000L, REJECTED));
        js.forEach(board::record);
        long last = all(board, View.FULL).lastEventId();
        assertEquals(1000, last);
        assertTrue(board.since(View.FULL, 0).tooOld());
        EventBatch recent = board.since(View.FULL, last - 5);
        assertFalse(recent.tooOld());
        assertEquals(LongStream.rangeClosed(last - 4, last).boxed().toList(),
                recent.events().stream().map(BoardEvent::id).toList());

        Board rebuilt = Board.rebuild(icpc(ABC, BoardSpec.NO_FREEZE), store, List.of(), js);
        assertEquals(all(board, View.FULL).rows(), all(rebuilt, View.FULL).rows());
        assertTrue(rebuilt.since(View.FULL, last).tooOld());
        long resume = all(rebuilt, View.FULL).lastEventId();
        assertTrue(resume > last);
        assertEquals(List.of(), rebuilt.since(View.FULL, resume).events());
        rebuilt.record(j(1, 0, 5000, 200 * MIN, REJECTED));
        assertEquals(List.of(resume + 1), rebuilt.since(View.FULL, resume).events().stream().map(BoardEvent::id).toList());
    }

    // ---- incremental == rebuild -----------------------------------------------------------------------------------

    @Test
    void aLargeRandomIcpcContestIncrementallyEqualsItsRebuildAndTheReference() throws Exception {
        BoardSpec spec = new BoardSpec(11, new Scoring.Icpc(20), problems(8, 1), 200 * MIN);
        RandomContest contest = RandomContest.generate(spec, 2_000, 10_000, 1234);
        Board board = new Board(spec, open());
        board.registerAll(contest.participants());
        contest.feed(board, 99);

        Board rebuilt = Board.rebuild(spec, open(), contest.participants(), contest.finalJudgements());
        for (View v : View.values()) assertSameRows(all(board, v).rows(), all(rebuilt, v).rows(), v.name());
        assertSameRows(IcpcReference.board(20, 8, contest.participants(), contest.finalJudgements()),
                all(board, View.FULL).rows(), "reference");
        assertNotEquals(all(board, View.FULL).rows(), all(board, View.PUBLIC).rows());

        board.unfreeze();
        rebuilt.unfreeze();
        assertSameRows(all(board, View.FULL).rows(), all(board, View.PUBLIC).rows(), "unfrozen");
        assertSameRows(all(board, View.PUBLIC).rows(), all(rebuilt, View.PUBLIC).rows(), "unfrozen rebuild");
    }

    @Test
    void aLargeRandomIoiContestIncrementallyEqualsItsRebuild() {
        BoardSpec spec = new BoardSpec(12, new Scoring.Ioi(IoiMode.BEST_PER_SUBTASK), problems(5, 100), 200 * MIN);
        RandomContest contest = RandomContest.generate(spec, 1_000, 6_000, 99);
        Board board = new Board(spec, open());
        board.registerAll(contest.participants());
        contest.feed(board, 7);
        Board rebuilt = Board.rebuild(spec, open(), contest.participants(), contest.finalJudgements());
        for (View v : View.values()) assertSameRows(all(board, v).rows(), all(rebuilt, v).rows(), v.name());
    }

    @Test
    void concurrentWritersEndOnTheRebuiltBoard() throws Exception {
        BoardSpec spec = new BoardSpec(13, new Scoring.Icpc(20), problems(6, 1), BoardSpec.NO_FREEZE);
        RandomContest contest = RandomContest.generate(spec, 300, 4_000, 5);
        Board board = new Board(spec, open());
        List<List<Judgement>> parts = contest.partitionBySubmission(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<Judgement> part : parts) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < part.size(); i += 25) board.recordAll(part.subList(i, Math.min(part.size(), i + 25)));
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        Board rebuilt = Board.rebuild(spec, open(), List.of(), contest.finalJudgements());
        for (View v : View.values()) assertSameRows(all(rebuilt, v).rows(), all(board, v).rows(), v.name());
        List<BoardEvent> events = board.since(View.FULL, 0).events();
        for (int i = 0; i < events.size(); i++) assertEquals(i + 1, events.get(i).id());
        assertEquals(all(board, View.FULL).lastEventId(), events.size());
    }
}
