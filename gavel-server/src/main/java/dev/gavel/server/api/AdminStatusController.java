package dev.gavel.server.api;

import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.queue.JobQueue;
import dev.gavel.server.queue.Lane;
import dev.gavel.server.queue.Workers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an administrator watches: the queue per lane, the workers, and the latest System Errors. */
@RestController
public class AdminStatusController {

    private static final int RECENT_ERRORS = 20;

    private final JobQueue queue;
    private final Workers workers;
    private final JdbcClient db;
    private final int workerCount;

    public AdminStatusController(JobQueue queue, Workers workers, JdbcClient db, GavelProperties properties) {
        this.queue = queue;
        this.workers = workers;
        this.db = db;
        this.workerCount = properties.judging().enabled() ? properties.judging().workerCount() : 0;
    }

    /** Jobs waiting in a lane. */
    public record LaneDepth(String lane, long depth) {
    }

    /** This process's workers: judging now, and how many there are (0 when judging is off here). */
    public record WorkerCount(int busy, int total) {
    }

    /** A submission judged System Error: the judge failed, not the program. */
    public record SystemError(long submission, String problem, String user, String reason,
                              OffsetDateTime judgedAt) {
    }

    public record Status(List<LaneDepth> lanes, WorkerCount workers, long systemErrorCount,
                         List<SystemError> systemErrors) {
    }

    @GetMapping("/api/admin/status")
    public Status status(HttpServletRequest request) {
        Requests.admin(request);
        Map<Lane, Long> depth = queue.depth();
        List<LaneDepth> lanes = depth.entrySet().stream()
                .map(e -> new LaneDepth(e.getKey().label(), e.getValue())).toList();
        long count = db.sql("SELECT COUNT(*) FROM submissions WHERE verdict = 'SE'").query(Long.class).single();
        List<SystemError> recent = db.sql("SELECT s.id, p.slug, u.username, s.reason, s.judged_at FROM submissions s "
                        + "JOIN problems p ON p.id = s.problem_id LEFT JOIN users u ON u.id = s.user_id "
                        + "WHERE s.verdict = 'SE' ORDER BY s.id DESC FETCH FIRST " + RECENT_ERRORS + " ROWS ONLY")
                .query((rs, n) -> new SystemError(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? "" : rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
        return new Status(lanes, new WorkerCount(workers.busy(), workerCount), count, recent);
    }
}
