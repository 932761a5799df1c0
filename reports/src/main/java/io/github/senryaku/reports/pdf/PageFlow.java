package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;

/**
 * Lays a report out page after page and tags each piece as it goes: a heading, paragraph, list, table or
 * figure is placed in the order the sections add it, which is the reading order, and wrapped in its structure
 * element. OpenPDF's {@code Document.add} cannot be used for this: it writes paragraphs into a content stream
 * of its own that nothing can mark, after a page's tables. Here one {@link ColumnText} writes everything into
 * the page's direct content; the document only turns the pages (and so fires {@link PageDecoration}).
 */
final class PageFlow {

    private static final float FIGURE_SPACE_BEFORE = 4;
    private static final float FIGURE_SPACE_AFTER = 8;
    /** Height a heading needs below it on its page (itself and a few lines of what it heads): none is left alone at a page's foot. */
    private static final float HEADING_KEEP = 84;

    private final Document document;
    private final PdfWriter writer;
    private final PdfContentByte canvas;
    private final ColumnText column;
    private final StructureTree tree;
    private final TableTags tables;
    /** Nothing placed on this page yet: spacing before the first piece is dropped, and a new page would be blank. */
    private boolean pageTop;
    private int headingLevel;

    PageFlow(Document document, PdfWriter writer, Typesetter type) {
        this.document = document;
        this.writer = writer;
        this.canvas = writer.getDirectContent();
        this.column = new ColumnText(canvas);
        this.tree = new StructureTree(writer);
        this.tables = new TableTags(type);
        startPage();
    }

    /**
     * A heading of level 1 to 3, bookmarked when asked. PDF/UA wants no level skipped: a heading deeper than
     * one below the last is raised (a target's title right under a chapter heading is an H2).
     */
    void heading(int level, Paragraph text, boolean bookmark) throws DocumentException {
        headingLevel = Math.min(level, headingLevel + 1);
        keepSpace(HEADING_KEEP);
        if (bookmark) {
            new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, column.getYLine() + 20),
                    text.getContent());
        }
        place(text, tree.add(StructureTree.heading(headingLevel)));
    }

    void paragraph(Paragraph text) throws DocumentException {
        place(text, tree.add(PdfName.P));
    }

    /** Items read as a list (L → LI → LBody): notes under a table, the rules of the appendix. */
    void list(List<Paragraph> items) throws DocumentException {
        PdfStructureElement list = tree.add(PdfName.L);
        for (Paragraph item : items) {
            place(item, StructureTree.child(StructureTree.child(list, PdfName.LI), PdfName.LBODY));
        }
    }

    /** A table: tagged cell by cell; kept on one page when it asks to be and fits one. */
    void table(PdfPTable table) throws DocumentException {
        if (table.getKeepTogether() && !pageTop) {
            table.setTotalWidth((document.right() - document.left()) * table.getWidthPercentage() / 100);
            if (table.getTotalHeight() + table.spacingBefore() > remaining()) {
                newPage();
            }
        }
        tables.tag(table, tree.add(PdfName.TABLE));
        place(table, null);
    }

    /** A chart drawn as a form XObject, centred; its alternative text gives the figures it shows. */
    void figure(PdfTemplate chart, String alternativeText) {
        float before = pageTop ? 0 : FIGURE_SPACE_BEFORE;
        if (before + chart.getHeight() > remaining()) {
            newPage();
            before = 0;
        }
        float bottom = column.getYLine() - before - chart.getHeight();
        PdfStructureElement figure = tree.add(PdfName.FIGURE);
        StructureTree.alternativeText(figure, alternativeText);
        canvas.beginMarkedContentSequence(figure);
        canvas.addTemplate(chart, (document.left() + document.right() - chart.getWidth()) / 2, bottom);
        canvas.endMarkedContentSequence();
        column.setYLine(bottom - FIGURE_SPACE_AFTER);
        pageTop = false;
    }

    /** Empty space (the cover's top margin), never carried over to a new page. */
    void space(float points) {
        column.setYLine(Math.max(document.bottom(), column.getYLine() - points));
    }

    /** Starts a new page unless this much height is left, so a block stays whole. */
    void keepSpace(float points) {
        if (remaining() < points) {
            newPage();
        }
    }

    void newPage() {
        if (!pageTop) {
            document.newPage();
            startPage();
        }
    }

    private float remaining() {
        return column.getYLine() - document.bottom();
    }

    private void startPage() {
        column.setSimpleColumn(document.left(), document.bottom(), document.right(), document.top());
        pageTop = true;
    }

    /**
     * Writes an element, page after page until all of it is placed, each page's part in its own marked-content
     * sequence of {@code tag} (none for a table: its cells tag themselves).
     */
    private void place(Element element, PdfStructureElement tag) throws DocumentException {
        column.addElement(element);
        while (true) {
            column.setAdjustFirstLine(pageTop);
            float before = column.getYLine();
            if (tag != null) {
                canvas.beginMarkedContentSequence(tag);
            }
            int status = column.go();
            if (tag != null) {
                canvas.endMarkedContentSequence();
            }
            boolean placed = column.getYLine() != before;
            if (!ColumnText.hasMoreText(status)) {
                pageTop &= !placed;
                return;
            }
            if (pageTop && !placed) {
                throw new DocumentException("an element is taller than a page and cannot be split: " + element);
            }
            pageTop = false;
            newPage();
        }
    }
}
