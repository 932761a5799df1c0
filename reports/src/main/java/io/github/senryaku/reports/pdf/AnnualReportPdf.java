package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The annual progress report (進捗状況報告書) as PDF/A-2a and PDF/UA-1 (tagged) on A4 portrait: cover, 概要, the plan-wide targets
 * (全体目標) when the plan has any, the review council's opinions on the plan as a whole (総括) when it gave any, one chapter per basic goal, and the appendix — every glyph from the one embedded Japanese font, charts as vectors, a
 * bookmark per chapter, and the snapshot's hash on the cover and in the appendix.
 */
public final class AnnualReportPdf {

    static final String SAMPLE_NOTICE = io.github.senryaku.reports.format.ReportTerms.SAMPLE_NOTICE;
    static final String SAMPLE_MARK = "サンプルデータ（実際の数値ではありません）";
    private static final String PROVENANCE = "この報告書は上記の指紋をもつデータから作成されました。データ出所は付録に記載しています。";

    private final ReportFont font;

    public AnnualReportPdf(ReportFont font) {
        this.font = font;
    }

    /** What rendering found worth telling the reader: characters the font cannot draw. */
    public record Rendered(int pages, List<String> warnings) {
    }

    public static String title(ReportSnapshot snapshot) {
        return snapshot.plan().title() + "　進捗状況報告書";
    }

    public Rendered render(ReportSnapshot snapshot, OutputStream out) throws IOException {
        Typesetter type = new Typesetter(font);
        Document document = ArchivalPdf.a4();
        try {
            PageDecoration pages = new PageDecoration(type, title(snapshot) + "（" + snapshot.year().label() + "実績）",
                    snapshot.sample() ? SAMPLE_MARK : "");
            PdfWriter writer = ArchivalPdf.open(document, out, pages, new ArchivalPdf.Metadata(
                    title(snapshot) + " " + snapshot.year().label() + "実績",
                    snapshot.plan().title() + "の数値目標と取組の進捗（" + snapshot.year().label() + "）"
                            + (snapshot.sample() ? "　" + SAMPLE_MARK : ""),
                    snapshot.plan().municipality(), snapshot.sha256()));
            Layout<ReportSnapshot> layout = new Layout<>(snapshot, new PageFlow(document, writer, type), type,
                    new ReportCharts(font, type::check), new VectorImages(writer, font));
            CoverPage.write(layout, new CoverPage.Cover(title(snapshot), snapshot.yearLine(), snapshot.madeOn(),
                    snapshot.plan().municipality(), snapshot.sample(), snapshot.sha256(), PROVENANCE));
            SummarySection.write(layout);
            CouncilBlock.writeOverall(layout);
            BudgetSection.write(layout);
            OverallSection.write(layout);
            for (BasicGoal goal : snapshot.plan().goals()) {
                GoalSection.write(layout, goal);
            }
            AppendixSection.write(layout);
            int count = writer.getPageNumber();
            document.close();
            return new Rendered(count, type.warnings());
        } catch (DocumentException broken) {
            throw new IOException("PDF を作成できません: " + broken.getMessage(), broken);
        }
    }
}
