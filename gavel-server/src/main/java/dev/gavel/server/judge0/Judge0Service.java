package dev.gavel.server.judge0;

import dev.gavel.server.config.GavelProperties;
import dev.gavel.server.queue.JobQueue;
import dev.gavel.server.queue.Lane;
import dev.gavel.server.queue.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores Judge0 submissions with their jobs in one transaction, then wakes a worker. */
@Service
class Judge0Service {

    /** A stored submission. */
    record Created(long id, String token) {
    }

    private final ExecutionStore store;
    private final Judge0Views views;
    private final JobQueue queue;
    private final Workers workers;
    private final TransactionTemplate tx;
    private final int maxQueueSize;

    Judge0Service(ExecutionStore store, Judge0Views views, JobQueue queue, Workers workers, TransactionTemplate tx,
                  GavelProperties properties) {
        this.store = store;
        this.views = views;
        this.queue = queue;
        this.workers = workers;
        this.tx = tx;
        this.maxQueueSize = properties.judge0().maxQueueSize();
    }

    /** Stores the submissions (all or none) and queues them; null entries stay null in the answer. */
    List<Created> create(List<NewExecution> executions) {
        long valid = executions.stream().filter(e -> e != null).count();
        if (store.unfinished() + valid > maxQueueSize) {
            throw Judge0Exception.error(HttpStatus.SERVICE_UNAVAILABLE, "queue is full");
        }
        List<Created> created = tx.execute(s -> {
            List<Created> list = new ArrayList<>();
            for (NewExecution e : executions) {
                if (e == null) {
                    list.add(null);
                    continue;
                }
                String token = UUID.randomUUID().toString();
                long id = store.insert(token, e, views.json(e.settings()));
                queue.enqueue(ExecutionJudging.KIND, id, Lane.EXECUTION);
                list.add(new Created(id, token));
            }
            return list;
        });
        workers.wake();
        return created;
    }
}
