package dev.gavel.server.clics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gavel.judge.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CLICS formats of times and Gavel's verdicts as judgement types. */
class ClicsTimesTest {

    @Test
    void absoluteTimesAreUtcWithMilliseconds() {
        assertEquals("2024-05-01T10:00:00.000Z", ClicsTimes.absolute(Instant.parse("2024-05-01T10:00:00Z")));
        assertEquals("2024-05-01T10:00:00.007Z", ClicsTimes.absolute(Instant.parse("2024-05-01T10:00:00.007123Z")));
    }

    @Test
    void relativeTimesHaveUnboundedHoursAndASign() {
        assertEquals("0:00:00.000", ClicsTimes.relative(Duration.ZERO));
        assertEquals("5:00:00.000", ClicsTimes.relative(Duration.ofHours(5)));
        assertEquals("26:03:04.005", ClicsTimes.relative(Duration.parse("PT26H3M4.005S")));
        assertEquals("-0:00:01.500", ClicsTimes.relative(Duration.ofMillis(-1500)));
    }

    @Test
    void everyVerdictHasAJudgementTypeWithTheSpecificationsFlags() {
        Set<JudgementType> seen = EnumSet.noneOf(JudgementType.class);
        for (Verdict v : Verdict.values()) seen.add(JudgementType.of(v));
        assertEquals(EnumSet.allOf(JudgementType.class), seen);
        assertEquals(JudgementType.RTE, JudgementType.of(Verdict.RE));
        assertEquals(JudgementType.JE, JudgementType.of(Verdict.SE));
        assertFalse(JudgementType.CE.penalty(), "a compile error costs no penalty");
        assertFalse(JudgementType.JE.isPublic());
        assertEquals(Set.of(JudgementType.AC), EnumSet.copyOf(seen.stream().filter(JudgementType::solved).toList()));
    }
}
