package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.Money;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;

/** 取組状況: one row per measure — status, way forward, the department's comments, and budget when finance data exists. */
final class MeasuresSheet {

    static final String NAME = "取組状況";
    static final int HEADER_ROW = 2;

    private MeasuresSheet() {
    }

    static void write(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<String> headers = new ArrayList<>(List.of("基本目標", "施策コード", "主要施策", "取組コード", "新規", "取組", "担当課",
                "実施状況", "今後の方向性", "取組内容", "成果", "課題"));
        if (snapshot.hasBudget()) {
            headers.addAll(List.of("予算額（千円）", "決算額（千円）", "執行率"));
        }
        int[] caps = new int[headers.size()];
        java.util.Arrays.fill(caps, 12);
        caps[2] = 30;
        caps[5] = 40;
        caps[9] = 40;
        caps[10] = 40;
        caps[11] = 40;
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        AnnualReportWorkbook.titleRows(out, snapshot, NAME);
        out.row();
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        for (BasicGoal goal : snapshot.plan().goals()) {
            for (Policy policy : goal.policies()) {
                for (Measure measure : policy.measures()) {
                    row(out, snapshot, goal, policy, measure);
                }
            }
        }
        out.table(HEADER_ROW, out.nextRow() - 1, headers.size() - 1);
        out.finish();
    }

    private static void row(SheetWriter out, ReportSnapshot snapshot, BasicGoal goal, Policy policy, Measure measure) {
        WorkbookStyles styles = out.styles;
        Optional<MeasureReport> report = snapshot.measureReport(measure);
        out.row();
        out.text(0, goal.heading(), styles.text);
        out.text(1, policy.code().text(), styles.text);
        out.text(2, policy.title(), styles.wrapped);
        out.text(3, measure.code().text(), styles.text);
        out.text(4, measure.isNew() ? "新規" : "", styles.centered);
        out.text(5, measure.title(), styles.wrapped);
        out.text(6, report.map(MeasureReport::department).filter(d -> !d.isEmpty()).or(measure::department).orElse(""),
                styles.text);
        out.text(7, report.map(MeasureReport::status).orElse("未提出"), styles.centered);
        out.text(8, report.map(MeasureReport::direction).orElse(""), styles.centered);
        out.text(9, report.map(MeasureReport::content).orElse(""), styles.wrapped);
        out.text(10, report.map(MeasureReport::result).orElse(""), styles.wrapped);
        out.text(11, report.map(MeasureReport::issue).orElse(""), styles.wrapped);
        if (snapshot.hasBudget()) {
            Money money = snapshot.budget(measure);
            boolean funded = !money.equals(Money.NONE);
            out.number(12, funded ? Money.thousands(money.budget()) : null, styles.number("#,##0"));
            out.number(13, funded ? Money.thousands(money.spent()) : null, styles.number("#,##0"));
            out.number(14, money.executionRate().map(rate -> rate.movePointLeft(2)).orElse(null), styles.percent);
        }
    }
}
