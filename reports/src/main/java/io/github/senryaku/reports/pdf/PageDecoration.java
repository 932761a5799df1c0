package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page but the cover carries: the plan title and the year at the top, the sample-data mark
 * when the data is not real, and the page number as {@code - 3 -} at the bottom (the cover is not
 * counted, as in printed council documents). All of it is marked as pagination artifacts, outside the
 * report's structure.
 */
final class PageDecoration extends PdfPageEventHelper {

    private final Typesetter type;
    private final String header;
    private final String sampleMark;

    PageDecoration(Typesetter type, String header, String sampleMark) {
        this.type = type;
        this.header = header;
        this.sampleMark = sampleMark;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        // Not part of the text: a screen reader skips the running header, the rule and the page number.
        StructureTree.beginArtifact(canvas, true);
        draw(writer, document, canvas);
        canvas.endMarkedContentSequence();
    }

    private void draw(PdfWriter writer, Document document, PdfContentByte canvas) {
        Rectangle page = document.getPageSize();
        if (!sampleMark.isEmpty()) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, type.phrase(sampleMark, Typesetter.Style.SAMPLE),
                    page.getRight() - document.rightMargin(), page.getTop() - 24, 0);
        }
        int number = writer.getPageNumber() - 1;
        if (number < 1) {
            return;
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, type.phrase(header, Typesetter.Style.SMALL),
                document.leftMargin(), page.getTop() - (sampleMark.isEmpty() ? 30 : 38), 0);
        canvas.saveState();
        canvas.setColorStroke(Palette.RULE);
        canvas.setLineWidth(0.5f);
        float ruleY = page.getTop() - (sampleMark.isEmpty() ? 34 : 42);
        canvas.moveTo(document.leftMargin(), ruleY);
        canvas.lineTo(page.getRight() - document.rightMargin(), ruleY);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, type.phrase("- " + number + " -",
                Typesetter.Style.SMALL), (page.getLeft() + page.getRight()) / 2, page.getBottom() + 28, 0);
    }
}
