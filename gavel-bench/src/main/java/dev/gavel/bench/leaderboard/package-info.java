/**
 * The leaderboard benchmark ({@code gavel bench leaderboard}): a synthetic 100,000-participant ICPC contest fed
 * straight into the board layer ({@code dev.gavel.server.contest.board}), no sandbox and no HTTP, for the in-memory
 * and the Redis store side by side: sustained updates per second, read latency under that load, and push latency
 * to a subscribed in-process listener, each beside a baseline measured in the same run.
 */
package dev.gavel.bench.leaderboard;
