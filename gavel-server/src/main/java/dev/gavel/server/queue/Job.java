package dev.gavel.server.queue;

/**
 * A claimed job.
 *
 * @param id       the job's id
 * @param kind     which handler judges it ({@code submission}, {@code execution})
 * @param refId    the id of the submission or execution it judges
 * @param lane     its lane
 * @param attempts how many times it has been claimed, this claim included
 * @param owner    the lease owner (this worker's process)
 * @param waitedMs how long it waited in the queue before this claim
 */
public record Job(long id, String kind, long refId, Lane lane, int attempts, String owner, long waitedMs) {
}
