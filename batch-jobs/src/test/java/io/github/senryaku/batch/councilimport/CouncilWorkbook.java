package io.github.senryaku.batch.councilimport;

import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a council workbook (推進会議意見) for tests as the planning office fills it in: the real template
 * ({@link CouncilTemplate}) for the repository's Kanazawa plan and a year, with rows written over.
 */
public final class CouncilWorkbook {

    /** 対象コード, 年度, 意見, 対応方針, 委員・会議: the columns a row is written into (A, C, D, E, F). */
    private static final int[] COLUMNS = {0, 2, 3, 4, 5};

    private final FiscalYear year;
    private final List<Object[]> rows = new ArrayList<>();

    private CouncilWorkbook(FiscalYear year) {
        this.year = year;
    }

    /** The template of {@code year} (e.g. {@code "R6"}) for config/plans/kanazawa-2nd.yaml. */
    public static CouncilWorkbook kanazawa(String year) {
        return new CouncilWorkbook(FiscalYear.parse(year));
    }

    /**
     * Writes row {@code index} below the header — 0 is the prefilled 総括 row, 1 to 5 the goals' (G1…G5), free
     * rows from 6 — with 対象コード, 年度, 意見, 対応方針 and 委員・会議; a null leaves the template's cell as it is.
     */
    public CouncilWorkbook row(int index, String code, String yearText, String opinion, String response, String by) {
        rows.add(new Object[] {index, code, yearText, opinion, response, by});
        return this;
    }

    /** The filled-in workbook, written to {@code file} (its folder also receives the blank template). */
    public Path writeTo(Path file) throws Exception {
        Path folder = Files.createDirectories(file.toAbsolutePath().getParent());
        Path template = CouncilTemplate.write(PlanFileLoader.load(ProjectFiles.kanazawaPlan()), year,
                Files.createTempDirectory(folder, "template"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            var sheet = workbook.getSheet("推進会議意見");
            for (Object[] values : rows) {
                Row row = sheet.getRow(CouncilTemplate.HEADER_ROW + 1 + (Integer) values[0]);
                for (int i = 0; i < COLUMNS.length; i++) {
                    if (values[i + 1] != null) {
                        row.getCell(COLUMNS[i]).setCellValue((String) values[i + 1]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
