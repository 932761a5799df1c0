package io.github.senryaku.reports.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The report's logical structure (tagged PDF, ISO 32000-1 14.8): one {@code Document} element under the
 * structure tree root and every heading, paragraph, list, table and figure under it in reading order. Only
 * standard structure types are used, so no role map is needed. OpenPDF supplies the tree and the marked-content
 * operators but tags nothing by itself: {@link PageFlow} and {@link TableTags} do it as they lay content out.
 */
final class StructureTree {

    static final PdfName TR = new PdfName("TR");
    static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final PdfName COL_SPAN = new PdfName("ColSpan");
    private static final PdfName TABLE_OWNER = new PdfName("Table");

    /** Whom a header cell heads: its column (a row of headers) or its row (a label beside data). */
    enum Scope {
        COLUMN("Column"), ROW("Row");

        final PdfName name;

        Scope(String name) {
            this.name = new PdfName(name);
        }
    }

    private final PdfStructureElement document;

    StructureTree(PdfWriter writer) {
        document = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    }

    /** A new element at the end of the document, after everything tagged so far. */
    PdfStructureElement add(PdfName type) {
        return new PdfStructureElement(document, type);
    }

    static PdfStructureElement child(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** H1 to H3: PDF/UA wants the first heading an H1 and no level skipped, which {@link PageFlow} keeps. */
    static PdfName heading(int level) {
        return switch (level) {
            case 1 -> PdfName.H1;
            case 2 -> PdfName.H2;
            default -> PdfName.H3;
        };
    }

    /** The text a screen reader speaks for a figure. */
    static void alternativeText(PdfStructureElement figure, String text) {
        figure.put(PdfName.ALT, new PdfString(text, PdfObject.TEXT_UNICODE));
    }

    /** A table cell's attributes: the scope of a header cell, the columns a cell spans. */
    static void cellAttributes(PdfStructureElement cell, Scope scope, int columns) {
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, TABLE_OWNER);
        if (scope != null) {
            attributes.put(SCOPE, scope.name);
        }
        if (columns > 1) {
            attributes.put(COL_SPAN, new PdfNumber(columns));
        }
        if (attributes.size() > 1) {
            cell.put(PdfName.A, attributes);
        }
    }

    /** Starts drawing what is not part of the text (running headers, rules, cell fills): a pagination or layout artifact. */
    static void beginArtifact(PdfContentByte canvas, boolean pagination) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, pagination ? PAGINATION : new PdfName("Layout"));
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
    }
}
