package io.github.senryaku.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void eraOfTheDay_andGannen() {
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("令和7年6月30日", JapaneseDates.format(LocalDate.of(2025, 6, 30)));
        assertEquals("平成元年1月8日", JapaneseDates.format(LocalDate.of(1989, 1, 8)));
        assertEquals("昭和64年1月7日", JapaneseDates.format(LocalDate.of(1989, 1, 7)));
    }
}
