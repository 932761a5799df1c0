package io.github.senryaku.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A plan and a department workbook of any size, for the crash test and the benchmark: {@code targets}
 * numerical targets spread over ten goals (a national roll-up of every municipality's KPIs is 50,000),
 * each with baseline {@code firstYear - 1} and target {@code lastYear}, and one actual per target and year.
 *
 * <p>Run as a program: {@code SyntheticData PLAN.yaml WORKBOOK.xlsx TARGETS FIRST_YEAR LAST_YEAR}.
 */
public final class SyntheticData {

    static final int GOALS = 10;

    private SyntheticData() {
    }

    public static void main(String[] args) throws IOException {
        int targets = Integer.parseInt(args[2]);
        int first = Integer.parseInt(args[3]);
        int last = Integer.parseInt(args[4]);
        writePlan(Path.of(args[0]), targets, first, last);
        writeActuals(Path.of(args[1]), targets, first, last);
    }

    static String code(int index) {
        return "T" + (index % GOALS + 1) + "-" + (index / GOALS + 1);
    }

    public static void writePlan(Path file, int targets, int firstYear, int lastYear) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("plan:\n  code: synthetic\n  title: 合成計画（ベンチマーク用）\n  municipality: 合成市\n");
            out.write("  period: {from: " + firstYear + ", to: " + lastYear + "}\n");
            out.write("goals:\n");
            for (int goal = 1; goal <= GOALS; goal++) {
                out.write("  - number: " + goal + "\n    title: 目標" + goal + "\n    policies: []\n    targets:\n");
                for (int index = goal - 1; index < targets; index += GOALS) {
                    out.write("      - {code: " + code(index) + ", name: 指標" + index + ", unit: 件, direction: INCREASE,"
                            + " baseline: {year: " + (firstYear - 1) + ", value: 1000}, target: {year: " + lastYear
                            + ", value: 2000}}\n");
                }
            }
        }
    }

    /** Sheet 数値目標実績, header in row 1, then targets × years rows, streamed (SXSSF). */
    public static void writeActuals(Path file, int targets, int firstYear, int lastYear) throws IOException {
        writeActuals(file, 0, targets, firstYear, lastYear);
    }

    /**
     * The rows of targets {@code from} (inclusive) to {@code to} (exclusive) only, with the same values as the
     * whole workbook's: one municipality's share of a roll-up.
     */
    public static void writeActuals(Path file, int from, int to, int firstYear, int lastYear) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000)) {
            Sheet sheet = workbook.createSheet("数値目標実績");
            Row header = sheet.createRow(0);
            String[] headers = {"指標コード", "指標名", "年度", "実績値", "単位", "備考", "担当", "確認"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            int rowIndex = 1;
            for (int index = from; index < to; index++) {
                for (int year = firstYear; year <= lastYear; year++) {
                    Row row = sheet.createRow(rowIndex++);
                    row.createCell(0).setCellValue(code(index));
                    row.createCell(1).setCellValue("指標" + index);
                    row.createCell(2).setCellValue(year);
                    row.createCell(3).setCellValue(1000 + (year - firstYear + 1) * 40 + index % 7);
                    row.createCell(4).setCellValue("件");
                    row.createCell(5).setCellValue("");
                    row.createCell(6).setCellValue("合成課");
                    row.createCell(7).setCellValue(1);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
