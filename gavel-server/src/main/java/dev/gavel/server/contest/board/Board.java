package dev.gavel.server.contest.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One contest's leaderboard, kept incrementally; thread-safe.
 *
 * <p>Theory of operation. The board keeps every participant's submissions per problem in memory (the latest
 * judgement of each submission id). A judgement recomputes one cell in each view from that problem's submissions,
 * then the participant's row from its cells; ICPC's first-to-solve mark is kept per problem and view, so a change of
 * first solver recomputes the old and the new one's rows too. Rows that changed are written to the
 * {@link RankStore}, which ranks them and logs one event per written row. Writes are computed and handed to the
 * store under one lock, so the store receives them in the order the board's state changed; a call waits for its
 * writes outside the lock.
 *
 * <p>The public view hides, until {@link #unfreeze()} or a cell's {@link #revealNext() reveal}, the results of
 * submissions made at or after {@link BoardSpec#freezeAtMillis()}: they count as pending.
 *
 * <p>A new board starts empty and takes its store to be empty. To take over a store that has rows (a restart), or
 * after a store write failed, {@link #rebuild} it from the stored submissions.
 */
public final class Board {

    private static final View[] VIEWS = View.values();

    private final BoardSpec spec;
    private final RankStore store;
    private final Rules rules;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Entrant> entrants = new ArrayList<>();
    // participant id -> index into entrants
    private final LongLongMap entrantIndex = new LongLongMap();
    private final FirstSolves[][] firstSolves;
    // entrants whose public row has a frozen cell: the resolver's candidates
    private final Set<Entrant> frozenRows = new HashSet<>();
    private final List<Entrant> dirty = new ArrayList<>();
    private final Cell[] scratch;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private boolean unfrozen;
    private volatile Throwable storeFailure;

    public Board(BoardSpec spec, RankStore store) {
        this.spec = spec;
        this.store = store;
        this.rules = Rules.of(spec);
        this.scratch = new Cell[spec.problems().size()];
        this.firstSolves = new FirstSolves[VIEWS.length][spec.problems().size()];
        for (FirstSolves[] view : firstSolves) {
            for (int p = 0; p < view.length; p++) view[p] = new FirstSolves();
        }
    }

    /**
     * Clears the store and builds the board from a contest's participants and stored judgements (the latest of a
     * submission id last), writing each row once and no events: the recovery path. Gives the board that recording
     * the same judgements one by one gives. A rebuilt board is frozen (when the spec has a freeze) with nothing
     * revealed; call {@link #unfreeze()} if the contest was unfrozen.
     */
    public static Board rebuild(BoardSpec spec, RankStore store, Collection<Long> participants,
                                Collection<Judgement> judgements) {
        return rebuild(spec, store, participants, judgements, List.of());
    }

    /**
     * {@link #rebuild(BoardSpec, RankStore, Collection, Collection) Rebuilds} a board whose reveal was under way:
     * the public view also shows the cells the resolver had revealed (in the order they were), so that the next
     * {@link #revealNext()} goes on where the reveal stopped. A revealed cell of nobody on the board changes nothing.
     */
    public static Board rebuild(BoardSpec spec, RankStore store, Collection<Long> participants,
                                Collection<Judgement> judgements, List<CellId> revealed) {
        Board board = new Board(spec, store);
        board.load(participants, judgements, revealed);
        return board;
    }

    public BoardSpec spec() {
        return spec;
    }

    /** Adds an empty row for a participant who has none (participants are on the board before they submit). */
    public void register(long participant) {
        registerAll(List.of(participant));
    }

    public void registerAll(Collection<Long> participants) {
        change(() -> {
            for (long p : participants) entrant(p);
        });
    }

    /** Takes a submission's latest state; registers its participant if needed. */
    public void record(Judgement judgement) {
        recordAll(List.of(judgement));
    }

    /** Takes many judgements in order, writing the rows that changed to the store in one pipelined batch. */
    public void recordAll(Collection<Judgement> judgements) {
        for (Judgement j : judgements) validate(j);
        change(() -> {
            for (Judgement j : judgements) apply(j);
        });
    }

    /** Rows at positions {@code offset ..< offset + limit} of the view, best first. */
    public BoardPage page(View view, int offset, int limit) {
        return store.page(view, offset, limit);
    }

    /** The participant's row with up to {@code radius} rows on each side; no rows for an unknown participant. */
    public BoardPage around(View view, long participant, int radius) {
        return store.around(view, participant, radius);
    }

    public Optional<RankedRow> row(View view, long participant) {
        return store.row(view, participant);
    }

    /** Participants on the board. */
    public int size() {
        return store.size(View.FULL);
    }

    /** True while the public view hides results: the spec has a freeze and the board was not unfrozen yet. */
    public boolean frozen() {
        lock.lock();
        try {
            return frozenLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Reveals every result in the public view, which from now on shows the truth. */
    public void unfreeze() {
        change(this::unfrozenState);
    }

    /**
     * The resolver's next step: of the public rows with frozen cells the lowest ranked (the last listed), its frozen
     * cell with the smallest problem index is revealed. After the last frozen cell the board is unfrozen; then it
     * returns empty.
     */
    public Optional<RevealStep> revealNext() {
        lock.lock();
        try {
            checkStore();
            if (!frozenLocked()) return Optional.empty();
            Entrant lowest = null;
            for (Entrant e : frozenRows) {
                if (lowest == null || below(e, lowest)) lowest = e;
            }
            if (lowest == null) {
                unfrozenState();
                await(writeDirty());
                return Optional.empty();
            }
            int problem = firstFrozenCell(lowest);
            await(lastWrite);
            RankedRow before = store.row(View.PUBLIC, lowest.participant).orElseThrow();
            lowest.reveal(problem);
            refresh(lowest, problem);
            await(writeDirty());
            RankedRow after = store.row(View.PUBLIC, lowest.participant).orElseThrow();
            if (frozenRows.isEmpty()) {
                unfrozenState();
                await(writeDirty());
            }
            return Optional.of(new RevealStep(lowest.participant, problem, before, after));
        } finally {
            lock.unlock();
        }
    }

    /** The view's events after an id, or "too old, reload" when the store no longer has them all. */
    public EventBatch since(View view, long afterEventId) {
        return store.since(view, afterEventId);
    }

    /**
     * Calls the listener with every new event of the view (see {@link RankStore#subscribe}); returns the
     * unsubscribe. To miss nothing, subscribe first, then read a page and skip events up to its
     * {@link BoardPage#lastEventId()}.
     */
    public Runnable subscribe(View view, Consumer<BoardEvent> listener) {
        return store.subscribe(view, listener);
    }

    /**
     * Changes the state under the lock and hands the rows that changed to the store, then waits, outside the lock,
     * until they are stored.
     */
    private void change(Runnable change) {
        CompletableFuture<Void> stored;
        lock.lock();
        try {
            checkStore();
            change.run();
            stored = writeDirty();
        } finally {
            lock.unlock();
        }
        await(stored);
    }

    private void load(Collection<Long> participants, Collection<Judgement> judgements, List<CellId> revealed) {
        for (Judgement j : judgements) validate(j);
        for (CellId c : revealed) validate(c.problem(), "revealed cell of participant " + c.participant());
        lock.lock();
        try {
            store.clear();
            for (long p : participants) entrant(p);
            for (Judgement j : judgements) apply(j);
            for (CellId c : revealed) {
                long index = entrantIndex.get(c.participant(), -1);
                if (index < 0) continue;
                Entrant e = entrants.get((int) index);
                e.reveal(c.problem());
                refresh(e, c.problem());
            }
            store.load(dirtyRows());
        } finally {
            lock.unlock();
        }
    }

    private void validate(Judgement j) {
        validate(j.problem(), "submission " + j.submission());
    }

    private void validate(int problem, String of) {
        if (problem < 0 || problem >= spec.problems().size()) {
            throw new IllegalArgumentException("problem index " + problem + " of " + of
                    + " is out of range: the contest has " + spec.problems().size() + " problems");
        }
    }

    private Entrant entrant(long participant) {
        if (participant < 0) throw new IllegalArgumentException("participant ids are >= 0: " + participant);
        long index = entrantIndex.get(participant, -1);
        Entrant e = index < 0 ? null : entrants.get((int) index);
        if (e == null) {
            e = new Entrant(participant, spec.problems().size());
            entrantIndex.put(participant, entrants.size());
            entrants.add(e);
            for (View v : VIEWS) markDirty(e, v);
        }
        return e;
    }

    private void apply(Judgement j) {
        Entrant e = entrant(j.participant());
        e.attempts(j.problem()).put(j);
        refresh(e, j.problem());
    }

    /** Recomputes one cell in both views, and the first-to-solve mark of its problem. */
    private void refresh(Entrant e, int problem) {
        Scored full = rules.cell(e.participant, problem, e.attempts(problem), Long.MAX_VALUE);
        update(e, View.FULL, problem, full.cell(), full.solve());
        // the public cell differs only when it hides something; otherwise it is the very same cell object, which
        // lets dirtyRows reuse the full row
        if (hidesPublicly(e, problem) && e.attemptedSince(problem, spec.freezeAtMillis())) {
            Scored hidden = rules.cell(e.participant, problem, e.attempts(problem), spec.freezeAtMillis());
            update(e, View.PUBLIC, problem, hidden.cell(), hidden.solve());
        } else {
            update(e, View.PUBLIC, problem, e.cells(View.FULL)[problem], full.solve());
        }
    }

    /** Sets a cell; marks the row when the cell changed, and the rows whose first-to-solve mark moved. */
    private void update(Entrant e, View view, int problem, Cell cell, Solve solve) {
        Cell[] cells = e.cells(view);
        if (!cell.equals(cells[problem])) markDirty(e, view);
        cells[problem] = cell;
        Solve old = e.solve(view, problem);
        if (Objects.equals(old, solve)) return;
        e.setSolve(view, problem, solve);
        FirstSolves first = firstSolves[view.ordinal()][problem];
        long before = first.winner();
        first.replace(old, solve);
        long after = first.winner();
        if (before != after) {
            if (before != FirstSolves.NONE) markDirty(entrant(before), view);
            if (after != FirstSolves.NONE) markDirty(entrant(after), view);
        }
    }

    private boolean hidesPublicly(Entrant e, int problem) {
        return !unfrozen && !e.revealed(problem);
    }

    private void markDirty(Entrant e, View view) {
        if (e.markDirty(view)) dirty.add(e);
    }

    /** The marked rows, recomputed and remembered as stored (a row is marked only when one of its cells changed). */
    private List<RowWrite> dirtyRows() {
        List<RowWrite> writes = new ArrayList<>(dirty.size() * VIEWS.length);
        for (Entrant e : dirty) {
            Row full = null;
            if (e.dirty(View.FULL)) {
                full = rules.row(e.participant, markedCells(e, View.FULL));
                writes.add(store(e, View.FULL, full));
            }
            if (e.dirty(View.PUBLIC)) {
                Row pub = full != null && publicSameAsFull(e) ? full : rules.row(e.participant, markedCells(e, View.PUBLIC));
                writes.add(store(e, View.PUBLIC, pub));
                trackFrozen(e, pub);
            }
            e.clean();
        }
        dirty.clear();
        return writes;
    }

    private RowWrite store(Entrant e, View view, Row row) {
        long key = rules.sortKey(row);
        boolean moved = e.row(view) == null || e.key(view) != key;
        e.setRow(view, row, key);
        return new RowWrite(view, key, row, moved);
    }

    /** Whether the entrant's public cells are its full cells, with the same first-to-solve marks. */
    private boolean publicSameAsFull(Entrant e) {
        Cell[] pub = e.cells(View.PUBLIC);
        Cell[] full = e.cells(View.FULL);
        FirstSolves[] pubFirst = firstSolves[View.PUBLIC.ordinal()];
        FirstSolves[] fullFirst = firstSolves[View.FULL.ordinal()];
        for (int p = 0; p < pub.length; p++) {
            if (pub[p] != full[p]) return false;
            if ((pubFirst[p].winner() == e.participant) != (fullFirst[p].winner() == e.participant)) return false;
        }
        return true;
    }

    private CompletableFuture<Void> writeDirty() {
        List<RowWrite> writes = dirtyRows();
        if (writes.isEmpty()) return lastWrite;
        try {
            lastWrite = store.write(writes);
        } catch (RuntimeException e) {
            storeFailure = e;
            throw e;
        }
        return lastWrite;
    }

    /**
     * The entrant's cells with their first-to-solve marks, in a scratch array that the next call overwrites (rules.row
     * copies it).
     */
    private Cell[] markedCells(Entrant e, View view) {
        Cell[] cells = e.cells(view);
        FirstSolves[] first = firstSolves[view.ordinal()];
        for (int p = 0; p < cells.length; p++) scratch[p] = cells[p].withFirstToSolve(first[p].winner() == e.participant);
        return scratch;
    }

    private void trackFrozen(Entrant e, Row publicRow) {
        boolean any = false;
        for (Cell c : publicRow.cells()) any |= c.frozen();
        if (any) frozenRows.add(e);
        else frozenRows.remove(e);
    }

    private boolean frozenLocked() {
        return !unfrozen && spec.freezeAtMillis() != BoardSpec.NO_FREEZE;
    }

    /** Marks the board unfrozen and recomputes every cell (the rows that change are written next). */
    private void unfrozenState() {
        if (unfrozen) return;
        unfrozen = true;
        for (Entrant e : entrants) {
            for (int p = 0; p < spec.problems().size(); p++) {
                if (e.hasAttempts(p)) refresh(e, p);
            }
        }
    }

    /** Whether a is listed below b on the public board: a lower key, or an equal key and a higher id. */
    private static boolean below(Entrant a, Entrant b) {
        long ka = a.key(View.PUBLIC);
        long kb = b.key(View.PUBLIC);
        return ka < kb || (ka == kb && a.participant > b.participant);
    }

    private static int firstFrozenCell(Entrant e) {
        List<Cell> cells = e.row(View.PUBLIC).cells();
        for (int p = 0; p < cells.size(); p++) {
            if (cells.get(p).frozen()) return p;
        }
        throw new IllegalStateException("participant " + e.participant + " is listed as frozen but has no frozen cell");
    }

    private void checkStore() {
        Throwable failure = storeFailure;
        if (failure != null) {
            throw new IllegalStateException("a write to the board's store failed earlier, so the store may miss rows: "
                    + "rebuild the board (Board.rebuild)", failure);
        }
    }

    private void await(CompletableFuture<Void> stored) {
        try {
            stored.join();
        } catch (CompletionException e) {
            storeFailure = e.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        } catch (RuntimeException e) {
            storeFailure = e;
            throw e;
        }
    }
}
