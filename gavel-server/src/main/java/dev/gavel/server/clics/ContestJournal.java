package dev.gavel.server.clics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One contest's event log as far as this process has read it: the latest state of every object, as administrators
 * see it (every event) and as the public does (events not hidden). Objects keep the order in which they were
 * created. It works out which events bring the log to what objects should be ({@link #changes}), but only takes an
 * event once it is stored ({@link #apply}). Not thread-safe: {@link JournalKeeper} guards it.
 *
 * <p>For each wanted object the public gets an event first when what it may know differs from what it knows; then
 * administrators get a hidden event when they still do not see the wanted data. So a public client never reads a
 * hidden result, and an administrator reads every event and ends with the whole truth.
 */
final class ContestJournal {

    private long lastSeq;
    private final Map<ObjectKey, String> admin = new LinkedHashMap<>();
    private final Map<ObjectKey, String> pub = new LinkedHashMap<>();
    // each submission's latest judgement, as administrators see it
    private final Map<String, Wire.JudgementObject> latestJudgements = new HashMap<>();

    long lastSeq() {
        return lastSeq;
    }

    void apply(FeedEvent e) {
        if (e.seq() != lastSeq + 1) {
            throw new IllegalStateException("event " + e.seq() + " does not follow event " + lastSeq);
        }
        lastSeq = e.seq();
        put(admin, e);
        if (!e.hidden()) put(pub, e);
        if (e.key().type() == ObjectType.JUDGEMENTS) indexJudgement(e);
    }

    private static void put(Map<ObjectKey, String> objects, FeedEvent e) {
        if (e.data() == null) objects.remove(e.key());
        else objects.put(e.key(), e.data());
    }

    private void indexJudgement(FeedEvent e) {
        String submission = JudgementIds.submissionOf(e.key().id());
        if (e.data() == null) {
            Wire.JudgementObject latest = latestJudgements.get(submission);
            if (latest != null && latest.id().equals(e.key().id())) latestJudgements.remove(submission);
            return;
        }
        Wire.JudgementObject j = ClicsJson.read(e.data(), Wire.JudgementObject.class);
        Wire.JudgementObject latest = latestJudgements.get(submission);
        if (latest == null || JudgementIds.round(j.id()) >= JudgementIds.round(latest.id())) {
            latestJudgements.put(submission, j);
        }
    }

    /** The events that make the log show the wanted objects (in order, numbered after the last one); none applied. */
    List<FeedEvent> changes(List<Wanted> wanted) {
        List<FeedEvent> events = new ArrayList<>();
        for (Wanted w : wanted) {
            String adminSees = admin.get(w.key());
            String publicMayKnow = switch (w.publicView()) {
                case PublicView.Same s -> w.data();
                case PublicView.Redacted r -> r.data();
                case PublicView.Withheld h -> null;
            };
            boolean tellPublic = !(w.publicView() instanceof PublicView.Withheld)
                    && !Objects.equals(publicMayKnow, pub.get(w.key()));
            if (tellPublic) {
                events.add(new FeedEvent(lastSeq + events.size() + 1, w.key(), publicMayKnow, false));
                adminSees = publicMayKnow;
            }
            if (!Objects.equals(w.data(), adminSees)) {
                events.add(new FeedEvent(lastSeq + events.size() + 1, w.key(), w.data(), true));
            }
        }
        return events;
    }

    /** The objects of a type that exist for administrators. */
    Set<ObjectKey> keys(ObjectType type) {
        Set<ObjectKey> keys = new LinkedHashSet<>();
        for (ObjectKey k : admin.keySet()) {
            if (k.type() == type) keys.add(k);
        }
        return keys;
    }

    /** The objects of a type this audience sees, oldest first, as JSON. */
    List<String> objects(ObjectType type, Audience audience) {
        List<String> out = new ArrayList<>();
        view(audience).forEach((k, data) -> {
            if (k.type() == type) out.add(data);
        });
        return out;
    }

    Optional<String> object(ObjectKey key, Audience audience) {
        return Optional.ofNullable(view(audience).get(key));
    }

    private Map<ObjectKey, String> view(Audience audience) {
        return audience == Audience.ADMIN ? admin : pub;
    }

    /** A submission's latest judgement (its latest round), as administrators see it. */
    Optional<Wire.JudgementObject> latestJudgement(String submissionId) {
        return Optional.ofNullable(latestJudgements.get(submissionId));
    }
}
