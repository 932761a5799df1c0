package io.github.senryaku.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.KnownFinalSnapshot;
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

/** final.csv of Kanazawa's revised plan over R2–R6 ({@link KnownFinalSnapshot}), parsed back. */
class FinalCsvTest {

    private static FinalReportSnapshot snapshot;
    private static byte[] csv;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void render() throws Exception {
        snapshot = KnownFinalSnapshot.kanazawa();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinalCsv.write(snapshot, out);
        csv = out.toByteArray();
        rows = rows(csv);
    }

    /** Rows as maps from header to cell (no field of this snapshot holds a comma or a quote). */
    private static List<Map<String, String>> rows(byte[] csv) {
        List<String> lines = Arrays.asList(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        return lines.subList(1, lines.size()).stream().<Map<String, String>>map(line -> {
            String[] cells = line.split(",", -1);
            assertEquals(header.size(), cells.length, line);
            return IntStream.range(0, cells.length).boxed()
                    .collect(Collectors.toMap(header::get, i -> cells[i], (a, b) -> a, LinkedHashMap::new));
        }).toList();
    }

    private static Map<String, String> row(String code) {
        return rows.stream().filter(r -> r.get("目標コード").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private static List<String> cells(Map<String, String> row, String... columns) {
        return Arrays.stream(columns).map(row::get).toList();
    }

    @Test
    void utf8WithBom_theHeader_crlf_oneRowPerTarget() {
        assertEquals(0xEF, csv[0] & 0xFF);
        assertEquals(0xBB, csv[1] & 0xFF);
        assertEquals(0xBF, csv[2] & 0xFF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.substring(1).startsWith("計画コード,区分,目標コード,指標名,単位,基準値,目標値,R2,R3,R4,R5,R6,最終評価,達成状況,"
                + "後継計画コード,後継目標コード,データ区分,データ指紋（SHA-256）\r\n"), text);
        assertEquals(0, text.replace("\r\n", "").indexOf('\n') + 1, "no bare line feeds");
        assertEquals(List.of("T1-1", "T2-1", "T3-1", "T3-2", "K3-2-1", "T4-1"), rows.stream().map(r -> r.get("目標コード")).toList());
        assertEquals("final.csv", FinalCsv.FILE_NAME);
    }

    @Test
    void metTarget_hasItsFiguresItsFinalGrade_andTheMissingYearReadsMissing() {
        assertEquals(List.of("kanazawa-2nd", "数値目標", "人", "2000", "1800", "1980", "1950", "1930", "未提出", "1790", "A", "達成"),
                cells(row("T2-1"), "計画コード", "区分", "単位", "基準値", "目標値", "R2", "R3", "R4", "R5", "R6", "最終評価", "達成状況"));
    }

    @Test
    void unmetTarget_graded_againstItsLastVersion_namesItsSuccessor() {
        assertEquals(List.of("1180", "812", "1130", "1140", "未提出", "1170", "C", "未達成", "sample-successor", "T3-1"),
                cells(row("T3-1"), "目標値", "R2", "R3", "R4", "R5", "R6", "最終評価", "達成状況", "後継計画コード", "後継目標コード"));
    }

    @Test
    void noFigure_isEmpty_retiredYearsAreEmpty_andNoSuccessorIsEmpty() {
        assertEquals(List.of("", "N", "判定不能"), cells(row("T1-1"), "R6", "最終評価", "達成状況"), "R6 未公表: no figure");
        assertEquals(List.of("90", "", "", "C", "未達成", "", ""),
                cells(row("T4-1"), "R4", "R5", "R6", "最終評価", "達成状況", "後継計画コード", "後継目標コード"));
        assertEquals(List.of("KPI", "", "", "40", "未提出", "46", "A"), cells(row("K3-2-1"), "区分", "R2", "R3", "R4", "R5", "R6", "最終評価"),
                "added in R4");
        assertEquals(List.of("整備中", "", "整備中", "未提出", "整備"), cells(row("T3-2"), "R2", "R3", "R4", "R5", "R6"));
    }

    @Test
    void everyRow_saysSampleData_andCarriesTheFingerprint() {
        rows.forEach(row -> {
            assertEquals("サンプルデータ（実際の数値ではありません）", row.get("データ区分"));
            assertEquals(snapshot.sha256(), row.get("データ指紋（SHA-256）"));
        });
    }
}
