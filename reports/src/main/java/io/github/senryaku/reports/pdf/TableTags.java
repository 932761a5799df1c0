package io.github.senryaku.reports.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.Arrays;
import java.util.List;

/**
 * Tags a table as {@code Table → TR → TH/TD} before it is laid out. A header cell in a row of headers heads
 * its column, one beside data heads its row (PDF/UA wants every TH's scope); a cell spanning columns says so,
 * so every row counts as many columns.
 *
 * <p>OpenPDF draws a table cell by cell, each into three canvases of its own — fills, rules, text — and then
 * calls the cell's event; it offers no hook before a cell. So the event wraps what its cell has just drawn:
 * the fill and rules as artifacts, the text in the cell's TH or TD. A header row a new page repeats is drawn
 * again: the repeat is an artifact, read once. A row split over two pages draws its cell twice: both parts
 * belong to the one TD.
 */
final class TableTags {

    private final Typesetter type;
    private final DrawnSince drawn = new DrawnSince();

    TableTags(Typesetter type) {
        this.type = type;
    }

    void tag(PdfPTable table, PdfStructureElement tableElement) {
        List<PdfPRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            PdfPCell[] cells = rows.get(r).getCells();
            boolean headings = Arrays.stream(cells).allMatch(cell -> cell == null || type.isHeader(cell) || Typesetter.isEmpty(cell));
            PdfStructureElement row = StructureTree.child(tableElement, StructureTree.TR);
            for (PdfPCell cell : cells) {
                if (cell == null) {
                    continue;
                }
                boolean header = type.isHeader(cell);
                PdfStructureElement element = StructureTree.child(row, header ? PdfName.TH : PdfName.TD);
                StructureTree.cellAttributes(element, header ? headings ? StructureTree.Scope.COLUMN
                        : StructureTree.Scope.ROW : null, cell.getColspan());
                cell.setCellEvent(new CellTag(element, r < table.getHeaderRows()));
            }
        }
    }

    /** Wraps what one cell drew. */
    private final class CellTag implements PdfPCellEvent {

        private final PdfStructureElement element;
        private final boolean repeatedOnEachPage;
        private boolean shown;

        CellTag(PdfStructureElement element, boolean repeatedOnEachPage) {
            this.element = element;
            this.repeatedOnEachPage = repeatedOnEachPage;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            drawn.wrap(canvases, PdfPTable.BACKGROUNDCANVAS, null);
            drawn.wrap(canvases, PdfPTable.LINECANVAS, null);
            drawn.wrap(canvases, PdfPTable.TEXTCANVAS, repeatedOnEachPage && shown ? null : element);
            shown = true;
        }
    }

    /**
     * How far each canvas of the rows being written has been wrapped. OpenPDF makes fresh canvases for each run
     * of rows it writes on a page, so a new set starts from nothing.
     */
    private static final class DrawnSince {

        private PdfContentByte[] canvases;
        private final int[] wrapped = new int[4];

        /** Wraps what was drawn into one canvas since the last cell: in {@code element}, or as an artifact when null. */
        void wrap(PdfContentByte[] current, int which, PdfStructureElement element) {
            if (current != canvases) {
                canvases = current;
                Arrays.fill(wrapped, 0);
            }
            PdfContentByte canvas = current[which];
            ByteBuffer buffer = canvas.getInternalBuffer();
            int from = wrapped[which];
            if (buffer.size() > from) {
                byte[] content = Arrays.copyOfRange(buffer.getBuffer(), from, buffer.size());
                buffer.setSize(from);
                if (element == null) {
                    StructureTree.beginArtifact(canvas, false);
                } else {
                    canvas.beginMarkedContentSequence(element);
                }
                buffer.append(content);
                canvas.endMarkedContentSequence();
            }
            wrapped[which] = buffer.size();
        }
    }
}
