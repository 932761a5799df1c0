package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfWriter;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A plan's final report (最終評価) as PDF/A-2a and PDF/UA-1 on A4 portrait, typeset as the annual report is (one embedded
 * Japanese font, charts as vectors, a bookmark per chapter): cover, 概要 (the grades of each year side by
 * side, every target's final grade), 目標の推移 (a block per target: its years, final grade, 達成状況, its
 * successor), 取組の状況 (each measure's status and 今後の方向性 by year) and 計画の改訂.
 */
public final class FinalReportPdf {

    private static final String PROVENANCE = "この報告書は上記の指紋をもつデータから作成されました。";

    private final ReportFont font;

    public FinalReportPdf(ReportFont font) {
        this.font = font;
    }

    /** What rendering found worth telling the reader: characters the font cannot draw. */
    public record Rendered(int pages, List<String> warnings) {
    }

    /** {@code 最終評価_kanazawa-2nd.pdf}. */
    public static String fileName(FinalReportSnapshot snapshot) {
        return "最終評価_" + snapshot.plan().code() + ".pdf";
    }

    public static String title(FinalReportSnapshot snapshot) {
        return snapshot.plan().title() + "　最終評価";
    }

    public Rendered render(FinalReportSnapshot snapshot, OutputStream out) throws IOException {
        Typesetter type = new Typesetter(font);
        Document document = ArchivalPdf.a4();
        String period = FinalTexts.period(snapshot.plan().period());
        try {
            String mark = snapshot.sample() ? AnnualReportPdf.SAMPLE_MARK : "";
            PageDecoration pages = new PageDecoration(type, title(snapshot) + "（" + period + "）", mark);
            PdfWriter writer = ArchivalPdf.open(document, out, pages, new ArchivalPdf.Metadata(
                    title(snapshot) + " " + period,
                    snapshot.plan().title() + "の計画期間（" + period + "）の数値目標と取組の評価"
                            + (mark.isEmpty() ? "" : "　" + mark),
                    snapshot.plan().municipality(), snapshot.sha256()));
            Layout<FinalReportSnapshot> layout = new Layout<>(snapshot, new PageFlow(document, writer, type), type,
                    new ReportCharts(font, type::check), new VectorImages(writer, font));
            CoverPage.write(layout, new CoverPage.Cover(title(snapshot), "計画期間　" + FinalTexts.periodLabel(
                    snapshot.plan().period()), snapshot.madeOn(), snapshot.plan().municipality(), snapshot.sample(),
                    snapshot.sha256(), PROVENANCE));
            FinalSummarySection.write(layout);
            TargetCourseSection.write(layout);
            MeasureCourseSection.write(layout);
            RevisionSection.write(layout);
            int count = writer.getPageNumber();
            document.close();
            return new Rendered(count, type.warnings());
        } catch (DocumentException broken) {
            throw new IOException("PDF を作成できません: " + broken.getMessage(), broken);
        }
    }
}
