/**
 * A contest's leaderboard, kept incrementally: ICPC (solved, penalty, last accepted minute, first to solve) and IOI
 * (best score per problem or per subtask), freeze with a public and a full view, the resolver's reveal order, and
 * row-change events that a viewer can resume from an event id. One verdict updates one participant's row and rank;
 * the board is rebuilt from the stored submissions only to recover ({@link dev.gavel.server.contest.board.Board#rebuild}).
 *
 * <p>{@link dev.gavel.server.contest.board.Board} holds each participant's submissions per problem in memory and
 * computes rows; a {@link dev.gavel.server.contest.board.RankStore} orders them and keeps the event log: in memory
 * ({@link dev.gavel.server.contest.board.MemoryRankStore}, the default) or in Redis sorted sets
 * ({@link dev.gavel.server.contest.board.RedisRankStore}, cluster mode). The package knows nothing of HTTP, Spring,
 * the database or how a submission is judged: verdicts come in as {@link dev.gavel.server.contest.board.Judgement}s.
 */
package dev.gavel.server.contest.board;
