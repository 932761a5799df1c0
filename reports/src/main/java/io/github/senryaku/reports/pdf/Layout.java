package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
/**
 * What the sections of a report share while it is laid out: the snapshot they print (a year's
 * {@code ReportSnapshot} or a plan's {@code FinalReportSnapshot}), the document, its type, charts and pages.
 */
record Layout<S>(S snapshot, Document document, PdfWriter writer, Typesetter type, ReportCharts charts,
        VectorImages images, PageDecoration pages) {

    void add(Element element) throws DocumentException {
        document.add(element);
    }

    /** A heading on a new page, bookmarked. */
    void chapter(String title) throws DocumentException {
        document.newPage();
        pages.bookmarkNext(title);
        add(type.paragraph(title, Typesetter.Style.HEADING, Element.ALIGN_LEFT, 0, 10));
    }

    /** Starts a new page unless this much height is left, so a block (a target's tables and chart) stays whole. */
    void keepSpace(float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }

    void subheading(String title) throws DocumentException {
        Paragraph heading = type.paragraph(title, Typesetter.Style.SUBHEADING, Element.ALIGN_LEFT, 12, 6);
        heading.setKeepTogether(true);
        add(heading);
    }

    void body(String text) throws DocumentException {
        add(type.paragraph(text, Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 6));
    }

    static PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setSplitLate(false);
        return table;
    }
}
