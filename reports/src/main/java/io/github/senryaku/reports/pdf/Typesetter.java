package io.github.senryaku.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every piece of text of a report goes through here: in the one embedded Japanese font (so no Helvetica
 * slips in), with Japanese line breaking, and checked glyph by glyph — a character the font lacks would
 * vanish silently, so it is remembered and reported as a warning naming it.
 */
final class Typesetter {

    /** Text styles of the report, sizes in points. */
    enum Style {
        TITLE(22, Font.BOLD, Palette.INK),
        SUBTITLE(14, Font.NORMAL, Palette.INK),
        HEADING(15, Font.BOLD, Palette.ACCENT),
        SUBHEADING(11.5f, Font.BOLD, Palette.INK),
        BODY(9.5f, Font.NORMAL, Palette.INK),
        TABLE(8.5f, Font.NORMAL, Palette.INK),
        TABLE_HEADER(8.5f, Font.BOLD, Palette.INK),
        SMALL(7.5f, Font.NORMAL, Palette.MUTED),
        SAMPLE(9, Font.BOLD, Palette.WARNING);

        final float size;
        final int face;
        final Color color;

        Style(float size, int face, Color color) {
            this.size = size;
            this.face = face;
            this.color = color;
        }
    }

    private final ReportFont font;
    private final Map<Style, Font> fonts = new LinkedHashMap<>();
    private final Map<Integer, String> missing = new LinkedHashMap<>();
    /**
     * The texts of header and label cells. PdfPTable copies a cell when it is added but keeps its text, so the
     * text tells a header cell apart when the table is tagged.
     */
    private final Set<Element> headerTexts = Collections.newSetFromMap(new IdentityHashMap<>());

    Typesetter(ReportFont font) {
        this.font = font;
        for (Style style : Style.values()) {
            fonts.put(style, new Font(font.baseFont(), style.size, style.face, style.color));
        }
    }

    ReportFont reportFont() {
        return font;
    }

    Font font(Style style) {
        return fonts.get(style);
    }

    Chunk chunk(String text, Style style) {
        check(text);
        Chunk chunk = new Chunk(text, font(style));
        chunk.setSplitCharacter(JapaneseLineBreaks.INSTANCE);
        return chunk;
    }

    Phrase phrase(String text, Style style) {
        return new Phrase(chunk(text, style));
    }

    Paragraph paragraph(String text, Style style) {
        Paragraph paragraph = new Paragraph(chunk(text, style));
        paragraph.setLeading(style.size * 1.55f);
        return paragraph;
    }

    Paragraph paragraph(String text, Style style, int alignment, float spacingBefore, float spacingAfter) {
        Paragraph paragraph = paragraph(text, style);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** A table cell with padding that keeps Japanese text off the rules. */
    PdfPCell cell(String text, Style style) {
        Paragraph content = paragraph(text, style);
        content.setLeading(style.size * 1.4f);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setBorderColor(Palette.RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    PdfPCell cell(String text, Style style, int alignment) {
        PdfPCell cell = cell(text, style);
        cell.getCompositeElements().forEach(element -> {
            if (element instanceof Paragraph paragraph) {
                paragraph.setAlignment(alignment);
            }
        });
        return cell;
    }

    /** A column's heading, centred on the header fill. */
    PdfPCell headerCell(String text) {
        PdfPCell cell = cell(text, Style.TABLE_HEADER, Element.ALIGN_CENTER);
        cell.setBackgroundColor(Palette.HEADER_FILL);
        texts(cell).forEach(content -> headerTexts.add((Element) content));
        return cell;
    }

    /** A row's heading (基準値, 評価 …) on the label fill, beside the data it names. */
    PdfPCell labelCell(String text) {
        PdfPCell cell = cell(text, Style.TABLE_HEADER);
        cell.setBackgroundColor(Palette.LABEL_FILL);
        texts(cell).forEach(content -> headerTexts.add((Element) content));
        return cell;
    }

    /** Whether a cell was made by {@link #headerCell} or {@link #labelCell}: tagged TH, not TD. */
    boolean isHeader(PdfPCell cell) {
        return texts(cell).stream().anyMatch(headerTexts::contains);
    }

    static boolean isEmpty(PdfPCell cell) {
        return texts(cell).stream().allMatch(text -> text instanceof Paragraph paragraph && paragraph.getContent().isBlank());
    }

    private static List<?> texts(PdfPCell cell) {
        return cell.getCompositeElements() == null ? List.of() : cell.getCompositeElements();
    }

    /** Remembers each character the font cannot draw, with the text it stood in. */
    void check(String text) {
        text.codePoints().filter(cp -> !font.canDraw(cp))
                .forEach(cp -> missing.putIfAbsent(cp, excerpt(text)));
    }

    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        missing.forEach((cp, context) -> warnings.add("フォント " + font.name() + " にない文字「" + Character.toString(cp)
                + "」(U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + ") は PDF に表示されません: 「"
                + context + "」"));
        return warnings;
    }

    private static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
