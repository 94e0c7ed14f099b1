/**
 * The CLICS Contest API (2023-06), a read-only subset under {@code /api/clics} for the contest tools of the ICPC
 * world (resolvers, scoreboards, shadow systems): contests, state, problems, teams, languages, judgement types,
 * submissions, judgements, the scoreboard and the NDJSON event feed.
 *
 * <p>Every object the API shows is first written to an append-only event log per contest (the {@code clics_events}
 * table): {@link dev.gavel.server.clics.JournalKeeper} compares what the contest's objects are now
 * ({@link dev.gavel.server.clics.ClicsProjection}) with the latest logged state of each
 * ({@link dev.gavel.server.clics.ContestJournal}) and appends one event per change, so the event feed and the REST
 * endpoints always agree and a client resuming with {@code since_token} never sees the past change. An event can be
 * hidden from the public (a result the board's freeze hides, or an administrators' detail); thawing appends the
 * public copies. The package reads contests, submissions and boards; it changes none of them.
 */
package dev.gavel.server.clics;
