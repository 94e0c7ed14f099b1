package dev.gavel.server.clics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the log appends for each kind of change, and what each audience then reads. */
class ContestJournalTest {

    private final ContestJournal journal = new ContestJournal();
    private final ObjectKey team = new ObjectKey(ObjectType.TEAMS, "7");

    private List<FeedEvent> append(Wanted... wanted) {
        List<FeedEvent> events = journal.changes(List.of(wanted));
        events.forEach(journal::apply);
        return events;
    }

    @Test
    void anObjectForEveryoneIsOnePublicEventAndDoingItAgainAppendsNothing() {
        Wanted w = new Wanted(team, "{\"id\":\"7\"}", PublicView.SAME);
        assertEquals(List.of(new FeedEvent(1, team, "{\"id\":\"7\"}", false)), append(w));
        assertEquals(List.of(), append(w));
        assertEquals(List.of("{\"id\":\"7\"}"), journal.objects(ObjectType.TEAMS, Audience.PUBLIC));
        assertEquals(List.of("{\"id\":\"7\"}"), journal.objects(ObjectType.TEAMS, Audience.ADMIN));
    }

    @Test
    void aWithheldResultIsHiddenUntilThePublicMayKnowItThenCopiedForThePublic() {
        ObjectKey j = new ObjectKey(ObjectType.JUDGEMENTS, "5-1");
        String data = "{\"id\":\"5-1\",\"submission_id\":\"5\",\"judgement_type_id\":\"AC\"}";
        assertEquals(List.of(new FeedEvent(1, j, data, true)), append(new Wanted(j, data, PublicView.WITHHELD)));
        assertEquals(List.of(), journal.objects(ObjectType.JUDGEMENTS, Audience.PUBLIC));
        assertEquals(Optional.of(data), journal.object(j, Audience.ADMIN));
        assertEquals(List.of(), append(new Wanted(j, data, PublicView.WITHHELD)));

        assertEquals(List.of(new FeedEvent(2, j, data, false)), append(new Wanted(j, data, PublicView.SAME)),
                "thawed: a public copy, and administrators already had it");
        assertEquals(Optional.of(data), journal.object(j, Audience.PUBLIC));
    }

    @Test
    void redactedDataGoesToThePublicFirstThenTheWholeToAdministrators() {
        ObjectKey j = new ObjectKey(ObjectType.JUDGEMENTS, "5-1");
        String started = "{\"id\":\"5-1\"}";
        String judgingError = "{\"id\":\"5-1\",\"judgement_type_id\":\"JE\"}";
        assertEquals(List.of(new FeedEvent(1, j, started, false), new FeedEvent(2, j, judgingError, true)),
                append(new Wanted(j, judgingError, new PublicView.Redacted(started))));
        assertEquals(Optional.of(started), journal.object(j, Audience.PUBLIC));
        assertEquals(Optional.of(judgingError), journal.object(j, Audience.ADMIN));
    }

    @Test
    void aDeletionReachesWhoeverSawTheObject() {
        append(new Wanted(team, "{}", PublicView.SAME));
        assertEquals(List.of(new FeedEvent(2, team, null, false)), append(Wanted.deleted(team)));
        assertEquals(List.of(), journal.objects(ObjectType.TEAMS, Audience.ADMIN));
        assertEquals(List.of(), append(Wanted.deleted(team)), "nothing to delete");

        ObjectKey secret = new ObjectKey(ObjectType.JUDGEMENT_TYPES, "JE");
        append(new Wanted(secret, "{}", PublicView.WITHHELD));
        assertEquals(List.of(new FeedEvent(4, secret, null, true)), append(Wanted.deleted(secret)),
                "the public never saw it, so it is not told");
    }

    @Test
    void eventsMustComeInOrder() {
        assertThrows(IllegalStateException.class, () -> journal.apply(new FeedEvent(2, team, "{}", false)));
    }

    @Test
    void aSubmissionsLatestJudgementIsItsLatestRound() {
        append(new Wanted(new ObjectKey(ObjectType.JUDGEMENTS, "5-1"),
                "{\"id\":\"5-1\",\"submission_id\":\"5\",\"start_time\":\"2024-05-01T10:00:00.000Z\"}", PublicView.SAME),
                new Wanted(new ObjectKey(ObjectType.JUDGEMENTS, "5-2"),
                "{\"id\":\"5-2\",\"submission_id\":\"5\",\"start_time\":\"2024-05-01T10:01:00.000Z\"}", PublicView.SAME),
                new Wanted(new ObjectKey(ObjectType.JUDGEMENTS, "15-1"),
                "{\"id\":\"15-1\",\"submission_id\":\"15\",\"start_time\":\"2024-05-01T10:02:00.000Z\"}", PublicView.SAME));
        assertEquals("5-2", journal.latestJudgement("5").orElseThrow().id());
        assertEquals("15-1", journal.latestJudgement("15").orElseThrow().id());
        append(Wanted.deleted(new ObjectKey(ObjectType.JUDGEMENTS, "15-1")));
        assertEquals(Optional.empty(), journal.latestJudgement("15"));
    }
}
