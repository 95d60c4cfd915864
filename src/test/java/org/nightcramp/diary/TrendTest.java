package org.nightcramp.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nightcramp.diary.Nights.START;
import static org.nightcramp.diary.Nights.night;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void anEmptyDiaryHasAWholeSpanOfGaps() {
        Trend trend = Trend.of(Diary.empty(), TrendSpan.TWO_WEEKS, START);
        assertEquals(14, trend.points().size());
        assertTrue(trend.isEmpty());
        assertEquals(START.minusDays(13), trend.first());
        assertEquals(START, trend.last());
        assertEquals(0, trend.maxCramps());
    }

    @Test
    void oneNightIsOnePointInItsPlace() {
        Trend trend = Trend.of(Diary.of(List.of(night(0, 3, 6, true))), TrendSpan.FOUR_WEEKS, START.plusDays(2));
        assertEquals(28, trend.points().size());
        assertEquals(1, trend.loggedNights());
        TrendPoint point = trend.points().get(25);
        assertEquals(new TrendPoint(START, true, 3, 6, true), point);
        assertFalse(trend.points().get(26).logged());
    }

    @Test
    void gapsStayGapsAndAQuietNightIsNotAGap() {
        Diary diary = Diary.of(List.of(night(0, 2, 5, false), night(1, 0, 0, true), night(4, 4, 8, false)));
        Trend trend = Trend.of(diary, TrendSpan.TWO_WEEKS, START.plusDays(4));
        List<TrendPoint> last5 = trend.points().subList(9, 14);
        assertEquals(List.of(true, true, false, false, true), last5.stream().map(TrendPoint::logged).toList());
        assertEquals(List.of(2, 0, 0, 0, 4), last5.stream().map(TrendPoint::cramps).toList());
        assertEquals(4, trend.maxCramps());
    }

    @Test
    void nightsOutsideTheSpanAreLeftOut() {
        Diary diary = Diary.of(Nights.run(0, 100, 1, 2, false));
        for (TrendSpan span : TrendSpan.values()) {
            Trend trend = Trend.of(diary, span, START.plusDays(60));
            assertEquals(span.nights(), trend.loggedNights());
            assertEquals(START.plusDays(60), trend.points().get(span.nights() - 1).night());
        }
        assertTrue(Trend.of(diary, TrendSpan.EIGHT_WEEKS, START.minusDays(1)).isEmpty());
    }
}
