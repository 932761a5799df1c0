package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.time.JapaneseDates;
import java.time.LocalDate;

/**
 * The cover (表紙): title, what the report covers (a year's actuals, a plan's period), the date made, the
 * municipality, the sample-data banner when the data is not real, and the data's fingerprint.
 */
final class CoverPage {

    /**
     * What a cover says.
     *
     * @param subtitle   what the report covers: {@code 令和6年度（2024年度）実績}
     * @param provenance the line under the fingerprint saying where the data is described
     */
    record Cover(String title, String subtitle, LocalDate madeOn, String municipality, boolean sample, String sha256,
            String provenance) {
    }

    private CoverPage() {
    }

    static void write(Layout<?> layout, Cover cover) throws DocumentException {
        Typesetter type = layout.type();
        layout.space(150);
        layout.title(cover.title(), Typesetter.Style.TITLE, 18);
        layout.add(type.paragraph(cover.subtitle(), Typesetter.Style.SUBTITLE, Element.ALIGN_CENTER, 0, 120));
        layout.add(type.paragraph(JapaneseDates.format(cover.madeOn()), Typesetter.Style.SUBTITLE, Element.ALIGN_CENTER,
                0, 8));
        layout.add(type.paragraph(cover.municipality(), Typesetter.Style.SUBTITLE, Element.ALIGN_CENTER, 0, 90));
        if (cover.sample()) {
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
        layout.add(type.paragraph("データ指紋（SHA-256）: " + cover.sha256(), Typesetter.Style.SMALL,
                Element.ALIGN_CENTER, 16, 0));
        layout.add(type.paragraph(cover.provenance(), Typesetter.Style.SMALL, Element.ALIGN_CENTER, 2, 0));
    }
}
