package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.MilestoneGrades;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.plan.GlossaryTerm;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.SourceFile;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** 付録: the grading rules in force (評価基準), what is still missing (未提出一覧), the data's sources, and terms. */
final class AppendixSection {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private AppendixSection() {
    }

    static void write(Layout<ReportSnapshot> layout) throws DocumentException {
        rulebook(layout);
        missing(layout);
        sources(layout);
        glossary(layout);
    }

    private static void rulebook(Layout<ReportSnapshot> layout) throws DocumentException {
        GradingRulebook rulebook = layout.snapshot().rulebook();
        Typesetter type = layout.type();
        layout.chapter("付録1　評価基準");
        layout.body("評価基準：" + rulebook.name());
        if (!rulebook.description().isBlank()) {
            layout.body(rulebook.description());
        }
        PdfPTable table = Layout.table(1.6f, 6);
        table.setHeaderRows(1);
        table.addCell(type.headerCell("評価"));
        table.addCell(type.headerCell("基準（" + rulebook.basis().japanese() + "による。上から順に当てはめます）"));
        rulebook.bands().forEach(band -> {
            table.addCell(type.cell(band.grade().display(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            table.addCell(type.cell(band.description(), Typesetter.Style.TABLE));
        });
        MilestoneGrades milestone = rulebook.milestone();
        table.addCell(type.cell(milestone.reached().display() + "／" + milestone.intermediate().display() + "／"
                + milestone.baseline().display(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
        table.addCell(type.cell("状態で示す目標（施設の整備など）：目標の状態に達した／途中の状態／基準の状態のまま",
                Typesetter.Style.TABLE));
        table.addCell(type.cell(rulebook.unrated().display(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
        table.addCell(type.cell("実績値が未提出・未公表、または基準値が未確定のため評価できないもの", Typesetter.Style.TABLE));
        layout.add(table);
        layout.body("達成率＝（実績値－基準値）÷（目標値－基準値）×100。期待値は、基準年度から目標年度まで一定の割合で"
                + "進んだ場合のその年度の達成率です。達成見込みは、判明している実績値の傾向（最小二乗法による直線）を目標年度まで"
                + "延ばした値です。");
        layout.list(ShapeRules.of(layout.snapshot().plan(), rulebook), Typesetter.Style.BODY, 6);
    }

    private static void missing(Layout<ReportSnapshot> layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        Submissions submissions = snapshot.submissions();
        layout.chapter("付録2　未提出一覧");
        if (submissions.missing() == 0) {
            layout.body(snapshot.year().label() + "の実績は、すべての数値目標と取組について提出されています。");
            return;
        }
        layout.body(snapshot.year().label() + "の実績が提出されていない数値目標と取組です（" + submissions.missing() + "件）。");
        PdfPTable table = Layout.table(1.2f, 1.4f, 6, 2);
        table.setHeaderRows(1);
        List.of("基本目標", "コード", "名称", "担当課").forEach(header -> table.addCell(type.headerCell(header)));
        for (Submissions.Item<NumericalTarget> item : submissions.overall()) {
            if (item.missing()) {
                row(table, type, "全体目標", item.subject().code().text(), item.subject().name(), "－");
            }
        }
        for (Submissions.GoalSubmissions goal : submissions.goals()) {
            for (Submissions.Item<NumericalTarget> item : goal.targets()) {
                if (item.missing()) {
                    row(table, type, goal.goal().heading(), item.subject().code().text(), item.subject().name(), "－");
                }
            }
            for (Submissions.Item<NumericalTarget> item : goal.kpis()) {
                if (item.missing()) {
                    row(table, type, goal.goal().heading(), item.subject().code().text(), item.subject().name(), "－");
                }
            }
            for (Submissions.Item<io.github.senryaku.model.plan.Measure> item : goal.measures()) {
                if (item.missing()) {
                    row(table, type, goal.goal().heading(), item.subject().code().text(), item.subject().title(),
                            item.subject().department().orElse("－"));
                }
            }
        }
        layout.add(table);
    }

    private static void sources(Layout<ReportSnapshot> layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.chapter("付録3　データ出所");
        layout.body("この報告書は、次のファイルから取り込んだデータ（" + snapshot.year().label()
                + "までの実績値と、同年度の取組の実施状況）から作成しました。");
        PdfPTable table = Layout.table(4.2f, 2, 2.6f, 1, 1);
        table.setHeaderRows(1);
        List.of("ファイル", "担当課", "取込日時", "実績値", "取組").forEach(header -> table.addCell(type.headerCell(header)));
        for (SourceFile source : snapshot.sources()) {
            ZonedDateTime at = source.importedAt().atZone(JAPAN);
            table.addCell(type.cell(source.name(), Typesetter.Style.TABLE));
            table.addCell(type.cell(source.department(), Typesetter.Style.TABLE));
            table.addCell(type.cell(JapaneseDates.format(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(),
                    at.getMinute()), Typesetter.Style.TABLE));
            table.addCell(type.cell(source.actuals() + "件", Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
            table.addCell(type.cell(source.measures() + "件", Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        }
        if (snapshot.sources().isEmpty()) {
            table.addCell(type.cell("（取り込まれたファイルはありません）", Typesetter.Style.TABLE));
            for (int i = 0; i < 4; i++) {
                table.addCell(type.cell("", Typesetter.Style.TABLE));
            }
        }
        layout.add(table);
        layout.body("データ指紋（SHA-256）：" + snapshot.sha256());
        layout.add(type.paragraph("データ指紋は、報告書に用いたデータ（計画、評価基準、実績値、取組の実施状況、予算・決算、出所）"
                + "から計算した値です。同じデータからは同じ値が得られ、一件でも異なれば値が変わります。", Typesetter.Style.SMALL,
                Element.ALIGN_LEFT, 0, 4));
    }

    private static void glossary(Layout<ReportSnapshot> layout) throws DocumentException {
        Typesetter type = layout.type();
        List<GlossaryTerm> terms = layout.snapshot().plan().glossary();
        layout.chapter("付録4　用語解説");
        PdfPTable table = Layout.table(2, 6);
        table.setHeaderRows(1);
        table.addCell(type.headerCell("用語"));
        table.addCell(type.headerCell("説明"));
        for (GlossaryTerm term : terms) {
            table.addCell(type.cell(term.term(), Typesetter.Style.TABLE));
            table.addCell(type.cell(term.definition(), Typesetter.Style.TABLE));
        }
        List.of(new GlossaryTerm("達成率", "基準値から目標値までの差のうち、実績値までに進んだ割合（%）。"),
                new GlossaryTerm("期待値", "基準年度から目標年度まで一定の割合で進んだ場合の、その年度の達成率（%）。"),
                new GlossaryTerm("達成見込み", "判明している実績値の傾向を目標年度まで延ばした値と、それが目標値に届くかどうか。"),
                new GlossaryTerm("未公表", "統計の公表前などで、実績値がまだ確定していないもの。"),
                new GlossaryTerm("未提出", "担当課からその年度の報告がまだ届いていないもの。"))
                .forEach(term -> {
                    table.addCell(type.cell(term.term(), Typesetter.Style.TABLE));
                    table.addCell(type.cell(term.definition(), Typesetter.Style.TABLE));
                });
        layout.add(table);
    }

    private static void row(PdfPTable table, Typesetter type, String... cells) {
        for (String cell : cells) {
            table.addCell(type.cell(cell, Typesetter.Style.TABLE));
        }
    }
}
