package io.github.senryaku.demo;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The demo's department workbooks (担当課の報告), written from the plan and the sample actuals as a
 * department would fill them in: one per goal's department and year, each marked サンプルデータ in its
 * title rows, and one flawed workbook that the import sends back with its error report.
 */
public final class DemoWorkbooks {

    /** The department reporting on each goal in the demo (the plan does not name owners). */
    static final List<String> DEPARTMENTS = List.of("こども未来課", "企画調整課", "産業政策課", "都市政策課");

    static final String[] STATUSES = {"未着手", "実施中", "実施中", "実施中", "完了"};
    static final String[] DIRECTIONS = {"継続", "拡充", "改善", "継続", "完了"};

    private DemoWorkbooks() {
    }

    static String department(BasicGoal goal) {
        return DEPARTMENTS.get((goal.number() - 1) % DEPARTMENTS.size());
    }

    /**
     * Writes the workbooks for the years into the folder, and one with mistakes for the last year; returns them
     * in the order to import them. Each year's workbooks follow the version of the plan in force that year: a
     * target a revision added is reported from then on, a retired one no longer.
     */
    public static List<Path> write(StrategyPlan plan, List<FiscalYear> years, Path folder) throws IOException {
        List<Path> files = writeWithoutMistakes(plan, years, folder);
        Path flawed = folder.resolve("観光政策課_" + years.get(years.size() - 1).shortCode() + "_記入誤りあり.xlsx");
        writeFlawed(flawed, years.get(years.size() - 1));
        files.add(flawed);
        return files;
    }

    /** The workbooks for the years, all correct (the successor plan's in the demo). */
    public static List<Path> writeWithoutMistakes(StrategyPlan plan, List<FiscalYear> years, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        PlanActuals actuals = SampleActuals.of(plan);
        List<Path> files = new ArrayList<>();
        for (FiscalYear year : years) {
            StrategyPlan inForce = plan.inForce(year);
            for (BasicGoal goal : inForce.goals()) {
                Path file = folder.resolve(department(goal) + "_" + year.shortCode() + "_基本目標" + goal.number() + ".xlsx");
                write(file, inForce, goal, year, actuals, year.equals(years.get(0)));
                files.add(file);
            }
        }
        return files;
    }

    private static void write(Path file, StrategyPlan plan, BasicGoal goal, FiscalYear year, PlanActuals actuals,
            boolean withBaseline) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet figures = top(workbook, "数値目標実績", department(goal), year);
            header(figures, "指標コード", "年度", "実績値", "指標名", "単位", "備考");
            int r = 4;
            for (NumericalTarget target : goal.targets()) {
                ActualSeries series = actuals.of(target.code());
                if (withBaseline && !target.baseline().year().equals(year)) {
                    Optional<Reported> baseline = series.in(target.baseline().year());
                    if (baseline.isPresent()) {
                        row(figures, r++, target, target.baseline().year(), baseline.get(), "基準年の確定値");
                    }
                }
                Optional<Reported> value = series.in(year);
                if (value.isPresent()) {
                    row(figures, r++, target, year, value.get(), "");
                }
            }
            Sheet measures = top(workbook, "施策実施状況", department(goal), year);
            header(measures, "取組コード", "年度", "実施状況", "取組内容", "成果", "課題", "今後の方向性");
            r = 4;
            int yearIndex = Math.max(0, Math.min(4, year.yearsSince(plan.period().from())));
            for (Policy policy : goal.policies()) {
                for (Measure measure : policy.measures()) {
                    int variant = Math.floorMod(measure.code().hashCode() + yearIndex, STATUSES.length);
                    String status = STATUSES[variant];
                    if (yearIndex > 0 && status.equals("未着手") || yearIndex == 0 && status.equals("完了")) {
                        status = "実施中"; // started after the first year; nothing completed in it
                    }
                    Row row = measures.createRow(r++);
                    row.createCell(0).setCellValue(measure.code().text());
                    row.createCell(1).setCellValue(year.eraLabel());
                    row.createCell(2).setCellValue(status);
                    row.createCell(3).setCellValue("（サンプル）" + shorten(measure.title()) + "に取り組んだ。");
                    row.createCell(4).setCellValue(status.equals("未着手") ? "" : "（サンプル）参加者・利用者が前年度より増えた。");
                    row.createCell(5).setCellValue(status.equals("完了") ? "" : "（サンプル）関係機関との連携をさらに深める必要がある。");
                    row.createCell(6).setCellValue(status.equals("完了") ? "完了" : DIRECTIONS[Math.floorMod(variant, 4)]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** A workbook with the mistakes people make: an unknown code, a year outside the plan, a word for a number. */
    private static void writeFlawed(Path file, FiscalYear year) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet figures = top(workbook, "数値目標実績", "観光政策課", year);
            header(figures, "指標コード", "年度", "実績値", "指標名", "単位", "備考");
            String[][] rows = {
                {"T3-1", year.eraLabel(), "1,130万人", "金沢地域の年間入込客数", "万人", ""},
                {"T3-9", year.eraLabel(), "1,200", "宿泊客数", "万人", "計画にない指標コード"},
                {"T3-1", "令和12年度", "1,150", "金沢地域の年間入込客数", "万人", "計画期間外の年度"},
                {"T1-1", year.eraLabel(), "たくさん", "合計特殊出生率", "", "数値でない実績値"}};
            int r = 4;
            for (String[] values : rows) {
                Row row = figures.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    private static Sheet top(XSSFWorkbook workbook, String name, String department, FiscalYear year) {
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue("【サンプルデータ — 実際の数値ではありません】 " + year.label() + " " + name);
        Row who = sheet.createRow(1);
        who.createCell(0).setCellValue("担当課");
        who.createCell(1).setCellValue(department);
        return sheet;
    }

    private static void header(Sheet sheet, String... names) {
        Row row = sheet.createRow(3);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
        }
    }

    private static void row(Sheet sheet, int index, NumericalTarget target, FiscalYear year, Reported reported,
            String remark) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(target.code().text());
        row.createCell(1).setCellValue(year.eraLabel());
        if (reported instanceof Reported.Figure figure) {
            row.createCell(2).setCellValue(figure.quantity().value().doubleValue());
        } else if (reported instanceof Reported.State state) {
            row.createCell(2).setCellValue(state.state());
        } else {
            row.createCell(2).setCellValue(((Reported.Unpublished) reported).label());
        }
        row.createCell(3).setCellValue(target.name());
        row.createCell(4).setCellValue(target.unit().symbol());
        row.createCell(5).setCellValue(remark);
    }

    private static String shorten(String title) {
        String firstClause = title.split("[、。]")[0];
        return firstClause.length() > 30 ? firstClause.substring(0, 30) + "…" : firstClause;
    }
}
