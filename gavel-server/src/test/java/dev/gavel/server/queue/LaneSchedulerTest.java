package dev.gavel.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaneSchedulerTest {

    @Test
    void everyBusyLaneGetsItsShareAndNoneStarves() {
        LaneScheduler s = new LaneScheduler(List.of(8, 4, 2, 1));
        Map<Lane, Integer> picks = new EnumMap<>(Lane.class);
        for (int i = 0; i < 150; i++) picks.merge(s.next(EnumSet.allOf(Lane.class)), 1, Integer::sum);
        assertEquals(Map.of(Lane.CONTEST, 80, Lane.PRACTICE, 40, Lane.EXECUTION, 20, Lane.REJUDGE, 10), picks);
    }

    @Test
    void rejudgeGetsOneClaimInEveryNineWhileContestIsBusy() {
        LaneScheduler s = new LaneScheduler(List.of(8, 4, 2, 1));
        List<Lane> picks = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) picks.add(s.next(EnumSet.of(Lane.CONTEST, Lane.REJUDGE)));
        for (int start = 0; start + 9 <= picks.size(); start += 9) {
            assertEquals(1, picks.subList(start, start + 9).stream().filter(l -> l == Lane.REJUDGE).count(),
                    "claims " + start + ".." + (start + 8) + ": " + picks.subList(start, start + 9));
        }
    }

    @Test
    void onlyLanesWithWorkArePickedAndIdleLanesSaveNoCredit() {
        LaneScheduler s = new LaneScheduler(List.of(8, 4, 2, 1));
        for (int i = 0; i < 100; i++) assertEquals(Lane.REJUDGE, s.next(EnumSet.of(Lane.REJUDGE)));
        // contest was idle all along: it starts from no credit, so the next two picks are shared by weight
        assertEquals(Lane.CONTEST, s.next(EnumSet.of(Lane.CONTEST, Lane.REJUDGE)));
        assertNull(s.next(EnumSet.noneOf(Lane.class)));
    }

    @Test
    void weightsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new LaneScheduler(List.of(8, 4, 2)));
        assertThrows(IllegalArgumentException.class, () -> new LaneScheduler(List.of(8, 4, 0, 1)));
    }
}
