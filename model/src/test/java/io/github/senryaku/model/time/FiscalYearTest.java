package io.github.senryaku.model.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest
    @ValueSource(strings = {"R6", "R6年度", "令和6年度", "令和６年度", "Ｒ６", "2024", "2024年度", "FY2024", "ＦＹ２０２４",
            "２０２４年度", "r6", "R.6", " 令和 6 年度 ", "令和6年", "2024.0", "fy2024"})
    void parse_everyTypedFormOf2024_isFiscal2024(String typed) {
        assertEquals(2024, FiscalYear.parse(typed).gregorianYear());
    }

    @ParameterizedTest
    @CsvSource({"令和元年度,2019", "R1,2019", "令和元年,2019", "H30,2018", "平成30年度,2018", "平成31年度,2019",
            "平成元年度,1989", "H1,1989", "S64,1989", "昭和63年度,1988", "Ｈ３０,2018", "平成３０年度,2018"})
    void parse_eraForms_giveTheGregorianYear(String typed, int expected) {
        assertEquals(expected, FiscalYear.parse(typed).gregorianYear());
    }

    @Test
    void label_firstYearOfAnEra_isWrittenGannen() {
        assertEquals("令和元年度（2019年度）", FiscalYear.of(2019).label());
        assertEquals("平成元年度（1989年度）", FiscalYear.of(1989).label());
        assertEquals("令和元", FiscalYear.of(2019).eraYear());
    }

    @Test
    void label_otherYears_showEraAndGregorian() {
        assertEquals("令和6年度（2024年度）", FiscalYear.of(2024).label());
        assertEquals("平成30年度（2018年度）", FiscalYear.of(2018).label());
        assertEquals("令和2年度", FiscalYear.of(2020).eraLabel());
    }

    @Test
    void shortCode_isTheFormDepartmentsType() {
        assertEquals("R6", FiscalYear.of(2024).shortCode());
        assertEquals("H30", FiscalYear.of(2018).shortCode());
        assertEquals("R1", FiscalYear.of(2019).shortCode());
    }

    @Test
    void calendarYearLabel_dropsTheFiscalSuffix() {
        assertEquals("令和元年（2019年）", PeriodKind.CALENDAR_YEAR.label(FiscalYear.of(2019)));
        assertEquals("令和6年度（2024年度）", PeriodKind.FISCAL_YEAR.label(FiscalYear.of(2024)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R六", "令和", "二〇二四", "FY24", "24", "abc", "令和6年度末", "X6"})
    void parse_unreadableText_isAnErrorQuotingTheInput(String typed) {
        YearFormatException error = assertThrows(YearFormatException.class, () -> FiscalYear.parse(typed));

        assertTrue(error.getMessage().contains("「" + typed + "」"), error.getMessage());
        assertEquals(typed, error.input());
    }

    @Test
    void parse_blank_isAnError() {
        assertThrows(YearFormatException.class, () -> FiscalYear.parse("  "));
        assertThrows(YearFormatException.class, () -> FiscalYear.parse(null));
    }

    @Test
    void parse_zerothYearOfEra_saysTheFirstIsGannen() {
        YearFormatException error = assertThrows(YearFormatException.class, () -> FiscalYear.parse("令和0年度"));

        assertTrue(error.getMessage().contains("令和元年"), error.getMessage());
    }

    @Test
    void parse_yearPastTheEndOfItsEra_suggestsTheNewEra() {
        YearFormatException error = assertThrows(YearFormatException.class, () -> FiscalYear.parse("平成32年度"));

        assertTrue(error.getMessage().contains("平成は31年まで"), error.getMessage());
        assertTrue(error.getMessage().contains("令和2年度"), error.getMessage());
    }

    @Test
    void containing_aprilStartsTheFiscalYear() {
        assertEquals(FiscalYear.of(2024), FiscalYear.containing(LocalDate.of(2024, 4, 1)));
        assertEquals(FiscalYear.of(2023), FiscalYear.containing(LocalDate.of(2024, 3, 31)));
    }

    @Test
    void compareTo_ordersByYear() {
        assertTrue(FiscalYear.parse("H30").compareTo(FiscalYear.parse("R1")) < 0);
        assertEquals(6, FiscalYear.parse("R6").yearsSince(FiscalYear.parse("H30")));
    }
}
