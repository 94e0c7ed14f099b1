package dev.gavel.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every Gavel setting below {@code gavel.} (see the table in the README).
 *
 * @param home     the data directory: embedded database, imported problems, compile cache
 * @param node     this process's name in job leases; a restarted process with the same name takes its old leases
 *                 back at once instead of waiting for them to expire
 * @param problems package directories or zips imported at start (already imported ones are skipped)
 * @param judging  the workers
 * @param queue    the durable queue
 * @param limits   limits on what a request may carry
 * @param rate     submission and request rate limits
 * @param admin    the first administrator
 * @param judge0   the Judge0-compatible API under {@code /judge0}
 * @param leaderboard where contest boards are kept
 */
@ConfigurationProperties("gavel")
public record GavelProperties(
        @DefaultValue("./data") Path home,
        @DefaultValue("local") String node,
        @DefaultValue List<Path> problems,
        @DefaultValue Judging judging,
        @DefaultValue Queue queue,
        @DefaultValue Limits limits,
        @DefaultValue Rate rate,
        @DefaultValue Admin admin,
        @DefaultValue Judge0 judge0,
        @DefaultValue Leaderboard leaderboard) {

    /**
     * @param enabled          false: this process accepts and stores submissions but judges none (an API-only
     *                         node; another process's workers judge them)
     * @param workers          jobs judged at once; 0 = one per core
     * @param defaultTimeLimit time limit of a problem whose package fixes none
     * @param systemErrorRetries how often a job that ended in a system error is judged again before the user sees SE
     */
    public record Judging(@DefaultValue("true") boolean enabled, @DefaultValue("0") int workers, @DefaultValue("1s") Duration defaultTimeLimit,
                          @DefaultValue("2") int systemErrorRetries) {

        public int workerCount() {
            return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
        }
    }

    /**
     * @param lease        how long a claimed job stays claimed without a heartbeat
     * @param poll         how often an idle worker looks for jobs queued by another process
     * @param laneWeights  share of claims per lane when several wait: contest, practice, execution API, rejudge
     * @param drainTimeout how long shutdown waits for jobs being judged before it hands them back to the queue
     */
    public record Queue(@DefaultValue("30s") Duration lease, @DefaultValue("250ms") Duration poll,
                       @DefaultValue({"8", "4", "2", "1"}) List<Integer> laneWeights,
                       @DefaultValue("20s") Duration drainTimeout) {
    }

    /**
     * @param request   largest request body (but package uploads)
     * @param source    largest source file
     * @param stdin     largest stdin of an execution
     * @param batch     most submissions in one Judge0 batch
     * @param packageZip largest problem package upload
     */
    public record Limits(@DefaultValue("1MB") DataSize request, @DefaultValue("64KB") DataSize source, @DefaultValue("1MB") DataSize stdin,
                         @DefaultValue("20") int batch, @DefaultValue("256MB") DataSize packageZip) {
    }

    /**
     * @param submissionsPerMinute submissions one user may make per minute
     * @param anonymousPerMinute   requests one IP address may make per minute without signing in
     */
    public record Rate(@DefaultValue("10") int submissionsPerMinute, @DefaultValue("600") int anonymousPerMinute) {
    }

    /**
     * @param username the administrator made at first start
     * @param password its password; empty = a random one, written to {@code home/admin-password.txt}
     */
    public record Admin(@DefaultValue("admin") String username, @DefaultValue("") String password) {
    }

    /**
     * @param authToken        empty: the Judge0 API is open (Judge0's default); otherwise every request must carry
     *                         this value in {@code X-Auth-Token}
     * @param submissionDelete whether {@code DELETE /judge0/submissions/{token}} deletes (Judge0's
     *                         {@code enable_submission_delete}, off by default)
     * @param waitMargin       how much longer than a submission's own time limits {@code wait=true} waits for its
     *                         result (queueing and compiling), before answering with the submission as it is
     * @param maxQueueSize     most executions waiting or running at once; more are refused with 503 (Judge0's
     *                         {@code max_queue_size})
     * @param authzToken       Judge0's authorization token: listing and deleting submissions need it in
     *                         {@code X-Auth-User}; empty (the default) = nobody may (403), as in Judge0
     */
    public record Judge0(@DefaultValue("") String authToken, @DefaultValue("false") boolean submissionDelete,
                         @DefaultValue("30s") Duration waitMargin, @DefaultValue("10000") int maxQueueSize,
                         @DefaultValue("") String authzToken) {
    }

    /**
     * @param store    {@code memory} (one server) or {@code redis} (boards in Redis sorted sets, shared by every
     *                 server of a cluster, which all push the same changes)
     * @param redisUrl the Redis server when {@code store} is {@code redis}, e.g. {@code redis://127.0.0.1:6379}
     * @param redisNamespace first part of every Redis key: servers of one cluster share it, other Gavel
     *                       installations on the same Redis use another
     * @param pushWindow     how often viewers are sent the changes queued for them (0: each change at once): with
     *                       thousands of viewers, one write per viewer per window instead of one per change
     * @param lease          with {@code redis}: how long a server keeps a contest's board after it last renewed its
     *                       lease (it renews a third of the way); another server takes the board over after that
     */
    public record Leaderboard(@DefaultValue("memory") String store, @DefaultValue("") String redisUrl,
                              @DefaultValue("gavel") String redisNamespace,
                              @DefaultValue("250ms") Duration pushWindow, @DefaultValue("10s") Duration lease) {
    }
}
