package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The Japanese TrueType font every glyph of a report is drawn with, embedded as a subset. The default is
 * IPAex Gothic, bundled with its licence; a setting may name another .ttf. CFF fonts (.otf, .ttc such as
 * Noto Sans CJK) are refused: OpenPDF prints broken glyphs when it subsets them.
 */
public final class ReportFont {

    static final String BUNDLED = "/io/github/senryaku/reports/font/ipaexg.ttf";

    private final String name;
    private final byte[] bytes;
    private BaseFont baseFont;
    private java.awt.Font awtFont;

    private ReportFont(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /** IPAex Gothic, from the reports module's resources. */
    public static ReportFont bundled() {
        try (InputStream in = ReportFont.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + BUNDLED + " is missing from the class path");
            }
            return new ReportFont("ipaexg.ttf", in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A TrueType font file named by the settings, or the bundled one when none is named. */
    public static ReportFont of(Optional<Path> file) throws IOException {
        if (file.isEmpty()) {
            return bundled();
        }
        Path path = file.get();
        String fileName = path.getFileName().toString();
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".ttf")) {
            throw new IllegalArgumentException("PDF のフォントには TrueType（.ttf）を指定してください: " + path
                    + "（.otf / .ttc の CFF フォントは部分埋め込みで字形が崩れます）");
        }
        return new ReportFont(fileName, Files.readAllBytes(path));
    }

    public String name() {
        return name;
    }

    /** The font for OpenPDF: Identity-H, embedded (OpenPDF embeds only the glyphs used). */
    public synchronized BaseFont baseFont() {
        if (baseFont == null) {
            try {
                baseFont = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
                // OpenPDF's CIDSet leaves out the .notdef glyph its subset embeds, which PDF/UA-1 (7.21.4.2-2)
                // rejects; PDF/A-2 and PDF/UA make the CIDSet optional, so none is written.
                baseFont.setIncludeCidSet(false);
            } catch (DocumentException | IOException broken) {
                throw new IllegalArgumentException("フォント " + name + " を読み込めません: " + broken.getMessage(), broken);
            }
        }
        return baseFont;
    }

    /** The same font for AWT, so charts measure Japanese text with the glyphs the PDF will show. */
    public synchronized java.awt.Font awtFont() {
        if (awtFont == null) {
            try {
                awtFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(awtFont);
            } catch (FontFormatException | IOException broken) {
                throw new IllegalArgumentException("フォント " + name + " を読み込めません: " + broken.getMessage(), broken);
            }
        }
        return awtFont;
    }

    public boolean canDraw(int codePoint) {
        return Character.isWhitespace(codePoint) || baseFont().charExists(codePoint);
    }
}
