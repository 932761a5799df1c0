package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.snapshot.ReportSnapshot;

/** The cover (表紙): title, the year reported on, the municipality, the date made and the data's fingerprint. */
final class CoverPage {

    private CoverPage() {
    }

    static void write(Layout layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.add(type.paragraph(" ", Typesetter.Style.BODY, Element.ALIGN_CENTER, 150, 0));
        layout.add(type.paragraph(AnnualReportPdf.title(snapshot), Typesetter.Style.TITLE, Element.ALIGN_CENTER, 0, 18));
        layout.add(type.paragraph(snapshot.year().label() + "実績", Typesetter.Style.SUBTITLE, Element.ALIGN_CENTER, 0, 120));
        layout.add(type.paragraph(JapaneseDates.format(snapshot.madeOn()), Typesetter.Style.SUBTITLE, Element.ALIGN_CENTER,
                0, 8));
        layout.add(type.paragraph(snapshot.plan().municipality(), Typesetter.Style.SUBTITLE, Element.ALIGN_CENTER, 0, 90));
        if (snapshot.sample()) {
            PdfPTable banner = Layout.table(1);
            banner.setWidthPercentage(80);
            PdfPCell cell = type.cell(AnnualReportPdf.SAMPLE_NOTICE, Typesetter.Style.SAMPLE, Element.ALIGN_CENTER);
            cell.setBorderColor(Palette.WARNING);
            cell.setBorderWidth(1.2f);
            cell.setPaddingTop(6);
            cell.setPaddingBottom(9);
            banner.addCell(cell);
            layout.add(banner);
        }
        layout.add(type.paragraph("データ指紋（SHA-256）: " + snapshot.sha256(), Typesetter.Style.SMALL,
                Element.ALIGN_CENTER, 16, 0));
        layout.add(type.paragraph("この報告書は上記の指紋をもつデータから作成されました。データ出所は付録に記載しています。",
                Typesetter.Style.SMALL, Element.ALIGN_CENTER, 2, 0));
    }
}
