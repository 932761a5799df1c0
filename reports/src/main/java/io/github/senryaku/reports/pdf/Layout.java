package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * What the sections of a report share while it is laid out: the snapshot they print (a year's
 * {@code ReportSnapshot} or a plan's {@code FinalReportSnapshot}), the flow of pages, its type, charts and
 * images. Sections say what a piece is (a chapter, a heading, a paragraph, a table, a chart, a list of notes);
 * the flow places and tags it, so no section deals with tags.
 */
record Layout<S>(S snapshot, PageFlow flow, Typesetter type, ReportCharts charts, VectorImages images) {

    void add(Paragraph paragraph) throws DocumentException {
        flow.paragraph(paragraph);
    }

    void add(PdfPTable table) throws DocumentException {
        flow.table(table);
    }

    /** The report's title on the cover: the first heading. */
    void title(String title, Typesetter.Style style, float spacingAfter) throws DocumentException {
        flow.heading(1, type.paragraph(title, style, Element.ALIGN_CENTER, 0, spacingAfter), false);
    }

    /** A heading on a new page, bookmarked. */
    void chapter(String title) throws DocumentException {
        flow.newPage();
        flow.heading(1, type.paragraph(title, Typesetter.Style.HEADING, Element.ALIGN_LEFT, 0, 10), true);
    }

    /** Starts a new page unless this much height is left, so a block (a target's tables and chart) stays whole. */
    void keepSpace(float points) {
        flow.keepSpace(points);
    }

    void space(float points) {
        flow.space(points);
    }

    void subheading(String title) throws DocumentException {
        Paragraph heading = type.paragraph(title, Typesetter.Style.SUBHEADING, Element.ALIGN_LEFT, 12, 6);
        heading.setKeepTogether(true);
        flow.heading(2, heading, false);
    }

    /** The title of a block within a section: a target, a policy. */
    void blockHeading(String title) throws DocumentException {
        flow.heading(3, type.paragraph(title, Typesetter.Style.SUBHEADING, Element.ALIGN_LEFT, 8, 2), false);
    }

    void body(String text) throws DocumentException {
        add(type.paragraph(text, Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 6));
    }

    /** Lines read as a list: the numbered notes under a table, the rules of the appendix. */
    void list(List<String> lines, Typesetter.Style style, float spacingAfter) throws DocumentException {
        if (!lines.isEmpty()) {
            flow.list(lines.stream().map(line -> type.paragraph(line, style, Element.ALIGN_LEFT, 0, spacingAfter)).toList());
        }
    }

    /** A chart, drawn as vectors, with the figures it shows as its alternative text. */
    void chart(ReportCharts.Chart chart, float width, float height) {
        flow.figure(images.of(chart.drawing(), width, height), chart.description());
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
