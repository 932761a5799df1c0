package io.github.senryaku.reports.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.senryaku.reports.snapshot.CouncilSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook's 推進会議意見 sheet, its cells read back. */
class CouncilSheetTest {

    private static XSSFWorkbook written(ReportSnapshot snapshot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnnualReportWorkbook.write(snapshot, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> cells(Row row) {
        DataFormatter shown = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < CouncilSheet.HEADERS.size(); column++) {
            Cell cell = row.getCell(column);
            cells.add(cell == null ? "" : shown.formatCellValue(cell));
        }
        return cells;
    }

    @Test
    void sheet_listsEveryOpinion_withWhatItIsAbout_inTheOfficesOrder_beforeTheSources() throws Exception {
        try (XSSFWorkbook workbook = written(CouncilSnapshot.r5())) {
            Sheet sheet = workbook.getSheet(CouncilSheet.NAME);

            assertEquals(List.of("対象コード", "対象", "意見", "対応方針", "委員・会議"),
                    cells(sheet.getRow(CouncilSheet.HEADER_ROW)));
            List<List<String>> rows = new ArrayList<>();
            for (int r = CouncilSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            assertEquals(List.of(
                    List.of("総括", "計画全体", CouncilSnapshot.OVERALL_OPINION, CouncilSnapshot.OVERALL_RESPONSE, ""),
                    List.of("G1", "基本目標1　しごとをつくり、安心して働けるようにする", CouncilSnapshot.GOAL_OPINION,
                            CouncilSnapshot.GOAL_RESPONSE, CouncilSnapshot.GOAL_BY),
                    List.of("T1-2", "市外への転出超過数", CouncilSnapshot.TARGET_OPINION, CouncilSnapshot.TARGET_RESPONSE, "委員A"),
                    List.of("P1-2", "働きながら子育てできる環境づくり", CouncilSnapshot.POLICY_OPINION,
                            CouncilSnapshot.POLICY_RESPONSE, ""),
                    List.of("K1-2-1", "待機児童数", CouncilSnapshot.KPI_OPINION, CouncilSnapshot.KPI_RESPONSE, "委員B"),
                    List.of("T2-1", "市民満足度", CouncilSnapshot.MARKUP_OPINION, CouncilSnapshot.MARKUP_RESPONSE, "")), rows);
            assertEquals(workbook.getSheetIndex("データ出所") - 1, workbook.getSheetIndex(CouncilSheet.NAME));
            assertEquals(CouncilSheet.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitTopRow(),
                    "the header row stays in view");
        }
    }

    @Test
    void aYearWithoutOpinions_hasNoSuchSheet() throws Exception {
        try (XSSFWorkbook workbook = written(ShapesSnapshot.r5())) {
            assertNull(workbook.getSheet(CouncilSheet.NAME));
        }
    }
}
