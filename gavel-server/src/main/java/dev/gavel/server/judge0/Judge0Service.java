package dev.gavel.server.judge0;

import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.queue.JobQueue;
import dev.gavel.server.queue.Lane;
import dev.gavel.server.queue.Workers;
import dev.gavel.server.store.GroupCommit;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores Judge0 submissions with their jobs; their commit wakes a worker. Concurrent requests share commits
 * ({@link GroupCommit}); each answer is sent only after its rows are committed.
 */
@Service
class Judge0Service {

    private static final int GROUP_COMMIT_BATCH = 256;

    /** A stored submission. */
    record Created(long id, String token) {
    }

    private final ExecutionStore store;
    private final Judge0Views views;
    private final JobQueue queue;
    private final int maxQueueSize;
    private final GroupCommit<ExecutionStore.NewRow> accepted;

    Judge0Service(ExecutionStore store, Judge0Views views, JobQueue queue, Workers workers, TransactionTemplate tx,
                  GavelProperties properties, MeterRegistry meters) {
        this.store = store;
        this.views = views;
        this.queue = queue;
        this.maxQueueSize = properties.judge0().maxQueueSize();
        this.accepted = new GroupCommit<>("executions", tx, items -> {
            List<Long> ids = store.insertAll(items);
            queue.enqueueAll(ExecutionJudging.KIND, ids, Lane.EXECUTION);
            return ids;
        }, GROUP_COMMIT_BATCH, meters, workers::wake);
    }

    @PreDestroy
    void close() {
        accepted.close();
    }

    /** Stores the submissions and queues them; null entries (refused ones) stay null in the answer. */
    List<Created> create(List<NewExecution> executions) {
        long valid = executions.stream().filter(e -> e != null).count();
        if (store.unfinished() + valid > maxQueueSize) {
            throw Judge0Exception.error(HttpStatus.SERVICE_UNAVAILABLE, "queue is full");
        }
        List<ExecutionStore.NewRow> pending = executions.stream().filter(Objects::nonNull)
                .map(e -> new ExecutionStore.NewRow(UUID.randomUUID().toString(), e, views.json(e.settings())))
                .toList();
        List<Long> ids = accepted.writeAll(pending);
        List<Created> created = new ArrayList<>(executions.size());
        int next = 0;
        for (NewExecution e : executions) {
            if (e == null) {
                created.add(null);
            } else {
                created.add(new Created(ids.get(next), pending.get(next).token()));
                next++;
            }
        }
        return created;
    }
}
