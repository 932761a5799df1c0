package io.github.senryaku.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** kpi.csv of the サンプル plan of every target shape, parsed back row by row. */
class KpiCsvShapesTest {

    private static List<Map<String, String>> rows;

    @BeforeAll
    static void render() throws Exception {
        rows = rows(ShapesSnapshot.r5());
    }

    static List<Map<String, String>> rows(ReportSnapshot snapshot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KpiCsv.write(snapshot, out);
        String text = new String(out.toByteArray(), StandardCharsets.UTF_8).substring(1);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream().<Map<String, String>>map(line -> {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            return IntStream.range(0, cells.length).boxed()
                    .collect(Collectors.toMap(header::get, i -> cells[i], (a, b) -> a, LinkedHashMap::new));
        }).toList();
    }

    static Map<String, String> row(List<Map<String, String>> rows, String code, int year) {
        return rows.stream().filter(r -> r.get("指標コード").equals(code) && r.get("年度").equals(String.valueOf(year)))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + code + " " + year));
    }

    private static List<String> codes() {
        return rows.stream().map(r -> r.get("指標コード")).distinct().toList();
    }

    @Test
    void oneRowPerIndicatorAndYear_planWideFirst_reprintsNotRepeated() {
        assertEquals(List.of("T0-1", "T0-2", "T1-1", "T1-2", "K1-1-1", "K1-1-2", "K1-2-1", "T2-1", "T2-2", "K2-1-1",
                "K2-1-2", "K2-1-3"), codes());
        assertEquals(4, rows.stream().filter(r -> r.get("指標コード").equals("K1-1-1")).count(), "R2–R5, once");
        assertEquals(List.of("2021", "2022", "2023"), rows.stream().filter(r -> r.get("指標コード").equals("K1-1-2"))
                .map(r -> r.get("年度")).toList(), "a new indicator has no baseline year to publish");
        assertEquals(2, rows.stream().filter(r -> r.get("指標コード").equals("K1-2-1")).count(), "毎年度ゼロ from R4: R4, R5");
    }

    @Test
    void aSum_againstItsInterimTarget_andAsTheIssueWorksItOut() throws Exception {
        Map<String, String> r5 = row(rows, "T1-1", 2023);
        assertEquals("55", r5.get("実績値"), "the year's own figure");
        assertEquals("103.33", r5.get("達成率（%）"), "155 against the R5 interim of 150");
        assertEquals("100.00", r5.get("期待値（%）"));
        assertEquals("A", r5.get("評価"));

        Map<String, String> worked = row(rows(ShapesSnapshot.r5WithoutInterim(new TargetCode(1, 1))), "T1-1", 2023);

        assertEquals("51.67", worked.get("達成率（%）"), "155 ÷ 300");
        assertEquals("50.00", worked.get("期待値（%）"), "3 of 6 years");
        assertEquals("B", worked.get("評価"));
    }

    @Test
    void aCeilingOnASum_overItsAllowance_isC() {
        Map<String, String> r5 = row(rows, "T1-2", 2023);

        assertEquals("110", r5.get("実績値"));
        assertEquals("C", r5.get("評価"));
        assertEquals("遅れ", r5.get("評価の名称"));
        assertEquals("50.00", r5.get("期待値（%）"));
    }

    @Test
    void aYearWithoutASurvey_isNotMissing_andIsGradedOnTheLastSurvey() {
        Map<String, String> census = row(rows, "T0-2", 2023);
        assertEquals("調査年外", census.get("実績の状態"));
        assertEquals("", census.get("実績値"));
        assertEquals("A", census.get("評価"), "the R2 census, 100,000, is at the level kept");
        assertEquals("", census.get("基本目標番号"), "a plan-wide target belongs to no goal");

        Map<String, String> satisfaction = row(rows, "T2-1", 2022);
        assertEquals("調査年外", satisfaction.get("実績の状態"));
        assertEquals("63.0", row(rows, "T2-1", 2023).get("実績値"), "the R5 survey");
        assertEquals("B", row(rows, "T2-1", 2023).get("評価"));
    }

    @Test
    void kindAndPolicy_ofEveryRow() {
        assertEquals("全体目標", row(rows, "T0-1", 2023).get("区分"));
        assertEquals("", row(rows, "T0-1", 2023).get("施策コード"));
        assertEquals("数値目標", row(rows, "T1-1", 2023).get("区分"));
        assertEquals("", row(rows, "T1-1", 2023).get("施策コード"));
        assertEquals("KPI", row(rows, "K1-2-1", 2023).get("区分"));
        assertEquals("P1-2", row(rows, "K1-2-1", 2023).get("施策コード"));
        assertEquals("P1-1", row(rows, "K1-1-1", 2023).get("施策コード"), "a reprint's row is the original's");
    }

    @Test
    void theValueGraded_andWhatItIs_whenItIsNotTheYearsOwnFigure() {
        assertEquals("155", row(rows, "T1-1", 2023).get("集計値"));
        assertEquals("R3～R5累計", row(rows, "T1-1", 2023).get("集計"));
        assertEquals("100", row(rows, "T1-1", 2022).get("集計値"), "R3 and R4");
        assertEquals("360", row(rows, "T1-2", 2023).get("集計値"));
        assertEquals("29.7", row(rows, "K1-1-1", 2023).get("集計値"), "(29 + 31 + 29) ÷ 3, one decimal more than 30");
        assertEquals("R3～R5平均", row(rows, "K1-1-1", 2023).get("集計"));
        assertEquals("100000", row(rows, "T0-2", 2023).get("集計値"));
        assertEquals("R2調査", row(rows, "T0-2", 2023).get("集計"));
        assertEquals("", row(rows, "T2-1", 2023).get("集計"), "a survey year's own figure needs no label");
        assertEquals("", row(rows, "T2-1", 2023).get("集計値"));
        assertEquals("", row(rows, "T1-1", 2020).get("集計値"), "the baseline year is not graded");
    }

    @Test
    void noBaseline_everyYear_andTrendTargets() {
        Map<String, String> partners = row(rows, "K1-1-2", 2023);
        assertEquals("新規", partners.get("基準値"), "never 0");
        assertEquals("", partners.get("基準年度"));
        assertEquals("50.00", partners.get("達成率（%）"), "50 ÷ 100");
        assertEquals("B", partners.get("評価"));

        Map<String, String> waiting = row(rows, "K1-2-1", 2023);
        assertEquals("0", waiting.get("目標値"));
        assertEquals("100.00", waiting.get("達成率（%）"), "0 waiting children meets a target of 0");
        assertEquals("A", waiting.get("評価"));
        assertEquals("D", row(rows, "K1-2-1", 2022).get("評価"), "3 in R4 against 0");

        Map<String, String> consultations = row(rows, "K2-1-2", 2023);
        assertEquals("増加", consultations.get("目標値"));
        assertEquals("", consultations.get("達成率（%）"), "a trend has no rate");
        assertEquals("", consultations.get("期待値（%）"));
        assertEquals("A", consultations.get("評価"));

        Map<String, String> events = row(rows, "K2-1-3", 2023);
        assertEquals("100", events.get("目標値"));
        assertEquals("100.00", events.get("期待値（%）"), "every year is graded against the value itself");
        assertEquals("98.00", events.get("達成率（%）"));
    }
}
