package dev.gavel.server.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Live progress of submissions being judged in this process, and the listeners that push it (SSE streams,
 * WebSocket sessions). Progress lives only in memory; the database has the queued and final states, which is all
 * that survives a restart.
 */
@Component
public class SubmissionEvents {

    private static final Logger log = LoggerFactory.getLogger(SubmissionEvents.class);

    private final Map<Long, SubmissionEvent> live = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<SubmissionEvent>>> bySubmission = new ConcurrentHashMap<>();
    private final List<Consumer<SubmissionEvent>> everything = new CopyOnWriteArrayList<>();

    /** The latest live state of a submission being judged here. */
    public Optional<SubmissionEvent> live(long id) {
        return Optional.ofNullable(live.get(id));
    }

    public void publish(SubmissionEvent event) {
        long id = event.view().id();
        if (event.last()) live.remove(id);
        else live.put(id, event);
        List<Consumer<SubmissionEvent>> listeners = event.last() ? bySubmission.remove(id) : bySubmission.get(id);
        if (listeners != null) listeners.forEach(l -> deliver(l, event));
        everything.forEach(l -> deliver(l, event));
    }

    /** Listens to one submission until its verdict; returns what stops listening. */
    public Runnable watch(long id, Consumer<SubmissionEvent> listener) {
        bySubmission.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> bySubmission.computeIfPresent(id, (k, l) -> {
            l.remove(listener);
            return l.isEmpty() ? null : l;
        });
    }

    /** Listens to every submission's events; returns what stops listening. */
    public Runnable watchAll(Consumer<SubmissionEvent> listener) {
        everything.add(listener);
        return () -> everything.remove(listener);
    }

    private static void deliver(Consumer<SubmissionEvent> listener, SubmissionEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.debug("a listener of submission {} failed: {}", event.view().id(), e.toString());
        }
    }
}
