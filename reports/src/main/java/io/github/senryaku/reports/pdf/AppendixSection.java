package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.GlossaryTerm;
import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.format.MissingList;
import io.github.senryaku.reports.format.ReportTerms;
import io.github.senryaku.reports.format.ShapeRules;
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
        table.addCell(type.headerCell(ReportTerms.bandsHeader(rulebook)));
        rulebook.bands().forEach(band -> {
            table.addCell(type.cell(band.grade().display(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            table.addCell(type.cell(band.description(), Typesetter.Style.TABLE));
        });
        table.addCell(type.cell(ReportTerms.milestoneGrades(rulebook), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
        table.addCell(type.cell(ReportTerms.MILESTONE_RULE, Typesetter.Style.TABLE));
        table.addCell(type.cell(rulebook.unrated().display(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
        table.addCell(type.cell(ReportTerms.UNRATED_RULE, Typesetter.Style.TABLE));
        layout.add(table);
        layout.body(ReportTerms.RATE_RULE);
        layout.list(ShapeRules.of(layout.snapshot().plan(), rulebook), Typesetter.Style.BODY, 6);
    }

    private static void missing(Layout<ReportSnapshot> layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.chapter("付録2　未提出一覧");
        layout.body(MissingList.intro(snapshot));
        List<MissingList.Row> rows = MissingList.of(snapshot);
        if (rows.isEmpty()) {
            return;
        }
        PdfPTable table = Layout.table(1.2f, 1.4f, 6, 2);
        table.setHeaderRows(1);
        List.of("基本目標", "コード", "名称", "担当課").forEach(header -> table.addCell(type.headerCell(header)));
        for (MissingList.Row row : rows) {
            row(table, type, row.goal(), row.code(), row.name(), row.department());
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
        for (GlossaryTerm term : ReportTerms.standard()) {
            table.addCell(type.cell(term.term(), Typesetter.Style.TABLE));
            table.addCell(type.cell(term.definition(), Typesetter.Style.TABLE));
        }
        layout.add(table);
    }

    private static void row(PdfPTable table, Typesetter type, String... cells) {
        for (String cell : cells) {
            table.addCell(type.cell(cell, Typesetter.Style.TABLE));
        }
    }
}
