package io.github.senryaku.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KpiCsvTest {

    private static byte[] render(ReportSnapshot snapshot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KpiCsv.write(snapshot, out);
        return out.toByteArray();
    }

    /** Rows as maps from header to cell (no field of this snapshot holds a comma or a quote). */
    private static List<Map<String, String>> rows(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<String> lines = Arrays.asList(text.split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream().<Map<String, String>>map(line -> {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            return IntStream.range(0, cells.length).boxed()
                    .collect(Collectors.toMap(header::get, i -> cells[i], (a, b) -> a, java.util.LinkedHashMap::new));
        }).toList();
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String code, String year) {
        return rows.stream().filter(r -> r.get("指標コード").equals(code) && r.get("年度").equals(year)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code + " " + year));
    }

    @Test
    void utf8WithBom_oneHeaderRow_crlf() throws Exception {
        byte[] csv = render(KnownSnapshot.r6());

        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.substring(1).startsWith(String.join(",", KpiCsv.HEADER) + "\r\n"));
        assertTrue(text.endsWith("\r\n"));
        assertEquals(0, text.replace("\r\n", "").indexOf('\n') + 1, "no bare line feeds");
    }

    @Test
    void oneRowPerTargetAndYear_fromBaselineYearToTheReportYear() throws Exception {
        List<Map<String, String>> rows = rows(render(KnownSnapshot.r6()));

        // 5 targets, each H30..R6 = 7 years.
        assertEquals(35, rows.size());
        Map<String, Long> perTarget = rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("指標コード"), Collectors.counting()));
        assertEquals(Map.of("T1-1", 7L, "T2-1", 7L, "T3-1", 7L, "T3-2", 7L, "T4-1", 7L), perTarget);
    }

    @Test
    void figuresRatesAndGrades_asPlainMachineReadableValues() throws Exception {
        List<Map<String, String>> rows = rows(render(KnownSnapshot.r6()));

        Map<String, String> students = row(rows, "T2-1", "2024");
        assertEquals("1900", students.get("実績値"));
        assertEquals("人", students.get("単位"));
        assertEquals("令和6年度", students.get("年度（和暦）"));
        assertEquals("2000", students.get("基準値"));
        assertEquals("1800", students.get("目標値"));
        assertEquals("50.00", students.get("達成率（%）"));
        assertEquals("100.00", students.get("期待値（%）"));
        assertEquals("C", students.get("評価"));
        assertEquals("遅れ", students.get("評価の名称"));

        Map<String, String> visitors = row(rows, "T3-1", "2024");
        assertEquals("1121", visitors.get("実績値"));
        assertEquals("100.00", visitors.get("達成率（%）"));
        assertEquals("A", visitors.get("評価"));

        Map<String, String> visitorsR2 = row(rows, "T3-1", "2020");
        assertEquals("812", visitorsR2.get("実績値"));
        assertEquals("D", visitorsR2.get("評価"), "R2 (the pandemic year) fell below the baseline");
    }

    @Test
    void statesUnpublishedMissing_andGannen() throws Exception {
        List<Map<String, String>> rows = rows(render(KnownSnapshot.r6()));

        assertEquals("整備", row(rows, "T3-2", "2024").get("実績の状態"));
        assertEquals("", row(rows, "T3-2", "2024").get("実績値"));
        assertEquals("未公表", row(rows, "T1-1", "2024").get("実績の状態"));
        assertEquals("N", row(rows, "T1-1", "2024").get("評価"));
        assertEquals("未提出", row(rows, "T4-1", "2024").get("実績の状態"));
        assertEquals("未提出", row(rows, "T3-2", "2023").get("実績の状態"));
        // 合計特殊出生率 is counted per calendar year: 2019 is 令和元年, not 令和1年.
        assertEquals("令和元年", row(rows, "T1-1", "2019").get("年度（和暦）"));
        assertEquals("令和元年度", row(rows, "T3-1", "2019").get("年度（和暦）"));
        assertEquals("平成30年度", row(rows, "T3-1", "2018").get("年度（和暦）"));
    }

    @Test
    void theBaselineYear_showsTheBaseline_unlessAFigureWasReported() throws Exception {
        List<Map<String, String>> rows = rows(render(KnownSnapshot.r6()));

        Map<String, String> students = row(rows, "T2-1", "2018");
        assertEquals("2000", students.get("実績値"));
        assertEquals("基準値", students.get("実績の状態"));
        assertEquals("1", students.get("概数"), "約2,000人");
        assertEquals("未整備", row(rows, "T3-2", "2018").get("実績の状態"));
        assertEquals("1.60", row(rows, "T1-1", "2018").get("実績値"), "the figure that confirmed a pending baseline");
        assertEquals("", row(rows, "T1-1", "2018").get("実績の状態"));
    }

    @Test
    void kanazawasTargets_areNumericalTargets_withNothingAggregated() throws Exception {
        List<Map<String, String>> rows = rows(render(KnownSnapshot.r6()));

        assertTrue(rows.stream().allMatch(r -> r.get("区分").equals("数値目標")));
        assertTrue(rows.stream().allMatch(r -> r.get("施策コード").isEmpty() && r.get("集計値").isEmpty()
                && r.get("集計").isEmpty()));
        assertEquals(List.of("区分", "施策コード", "集計値", "集計"), KpiCsv.HEADER.subList(20, 24),
                "the new columns come after the old ones, which keep their places");
    }

    @Test
    void everyRow_carriesTheSnapshotHashAndTheSampleMark() throws Exception {
        ReportSnapshot snapshot = KnownSnapshot.r6();
        List<Map<String, String>> rows = rows(render(snapshot));

        assertTrue(rows.stream().allMatch(r -> r.get("データ指紋（SHA-256）").equals(snapshot.sha256())));
        assertTrue(rows.stream().allMatch(r -> r.get("データ区分").startsWith("サンプルデータ")));
        List<Map<String, String>> real = rows(render(KnownSnapshot.r6(KnownSnapshot.actuals(), KnownSnapshot.MADE_ON,
                false)));
        assertTrue(real.stream().allMatch(r -> r.get("データ区分").equals("実績")));
    }
}
