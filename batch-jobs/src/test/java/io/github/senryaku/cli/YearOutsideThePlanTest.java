package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code --year} outside Kanazawa's plan (令和2–6年度): {@code plan show} and {@code report} exit 1 naming
 * the plan's period (issue 11, item 9); {@code status} and {@code template} do too, unless a target is
 * reported for the year (from its baseline year, 平成30年度, to its target year).
 */
class YearOutsideThePlanTest {

    static final String PERIOD = "は計画の期間（令和2年度（2020年度）～令和6年度（2024年度））の外です。";
    static final String R12 = "令和12年度（2030年度）" + PERIOD;
    static final String REPORTABLE = "数値目標の実績を報告できるのは平成30年度（2018年度）～令和6年度（2024年度）です。";

    @TempDir
    Path home;

    @TempDir
    Path out;

    private CliRun run(String... args) {
        return CliRun.of(Stream.concat(Stream.of(args), Stream.of("--home", home.toString())).toArray(String[]::new));
    }

    @Test
    void planShow_afterThePeriod_exitsOneNamingThePeriod() {
        CliRun text = run("plan", "show", "--year", "2030");

        assertEquals(1, text.exitCode(), text.out() + text.err());
        assertEquals(R12, text.err().strip());
        assertEquals("", text.out(), "no evaluation with every grade N");

        CliRun json = run("plan", "show", "--year", "R12", "--format", "json");
        assertEquals(1, json.exitCode(), json.out() + json.err());
        assertEquals(R12, json.err().strip());
        assertEquals("", json.out());
    }

    @Test
    void planShow_beforeThePeriod_exitsOne_andBothEndsAreInside() {
        CliRun before = run("plan", "show", "--year", "令和元年度");
        assertEquals(1, before.exitCode(), before.out() + before.err());
        assertEquals("令和元年度（2019年度）" + PERIOD, before.err().strip());

        assertEquals(0, run("plan", "show", "--year", "R2").exitCode());
        assertEquals(0, run("plan", "show", "--year", "R6", "--format", "json").exitCode());
    }

    @Test
    void report_outsideThePeriod_exitsOne_beforeTouchingTheDataFolder() {
        CliRun report = run("report", "--year", "2030");

        assertEquals(1, report.exitCode(), report.out() + report.err());
        assertEquals(R12, report.err().strip());
        assertFalse(Files.exists(home.resolve("reports")), "no report folder");
        assertFalse(Files.exists(home.resolve("db")), "no database made for nothing");
    }

    @Test
    void status_aYearNoTargetIsReportedFor_exitsOne_namingThePeriodAndTheReportableYears() {
        CliRun status = run("status", "--year", "2030");

        assertEquals(1, status.exitCode(), status.out() + status.err());
        assertEquals(R12 + REPORTABLE, status.err().strip());
        assertEquals("", status.out());

        CliRun tooEarly = run("status", "--year", "H29");
        assertEquals(1, tooEarly.exitCode(), tooEarly.out() + tooEarly.err());
        assertEquals("平成29年度（2017年度）" + PERIOD + REPORTABLE, tooEarly.err().strip());
    }

    @Test
    void status_theBaselineYear_isStillShown_targetsAreReportedForIt() {
        CliRun status = run("status", "--year", "H30");

        assertEquals(0, status.exitCode(), status.out() + status.err());
        assertTrue(status.out().startsWith("第2次金沢版総合戦略（kanazawa-2nd）\n平成30年度（2018年度） の提出状況"), status.out());
    }

    @Test
    void template_aYearNoTargetIsReportedFor_exitsOne_andWritesNothing() throws Exception {
        CliRun template = run("template", "--year", "2030", "--out", out.toString());

        assertEquals(1, template.exitCode(), template.out() + template.err());
        assertEquals(R12 + REPORTABLE, template.err().strip());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void template_theBaselineYear_isWritten_toConfirmAPendingBaseline() {
        CliRun template = run("template", "--year", "H30", "--out", out.toString());

        assertEquals(0, template.exitCode(), template.out() + template.err());
        assertTrue(Files.exists(out.resolve("H30報告様式.xlsx")), template.out());
    }

    @Test
    void financeTemplate_outsideThePeriod_exitsOne_budgetLinesAreTakenForThePlansYearsOnly() throws Exception {
        CliRun baselineYear = run("template", "--finance", "--year", "H30", "--out", out.toString());

        assertEquals(1, baselineYear.exitCode(), baselineYear.out() + baselineYear.err());
        assertEquals("平成30年度（2018年度）" + PERIOD, baselineYear.err().strip());
        CliRun later = run("template", "--finance", "--year", "2030", "--out", out.toString());
        assertEquals(1, later.exitCode());
        assertEquals(R12, later.err().strip());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count());
        }
    }
}
