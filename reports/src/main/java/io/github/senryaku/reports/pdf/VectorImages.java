package io.github.senryaku.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into a PDF form XObject through OpenPDF's Graphics2D, so it stays vector (sharp in print,
 * text extractable) and its text uses the report's embedded font instead of an AWT font OpenPDF would
 * otherwise map to a non-embedded one.
 */
final class VectorImages {

    private final PdfWriter writer;
    private final FontMapper fonts;

    VectorImages(PdfWriter writer, ReportFont font) {
        this.writer = writer;
        this.fonts = new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font awt) {
                return font.baseFont();
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont pdf, int size) {
                return font.awtFont().deriveFont((float) size);
            }
        };
    }

    PdfTemplate of(JFreeChart chart, float width, float height) {
        PdfContentByte content = writer.getDirectContent();
        PdfTemplate template = content.createTemplate(width, height);
        Graphics2D graphics = template.createGraphics(width, height, fonts);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return template;
    }
}
