package io.github.senryaku.reports.pdf;

import java.awt.Color;

/** The report's few colours: dark text, one accent, and fills light enough to print on a mono printer. */
final class Palette {

    static final Color INK = new Color(0x1F, 0x29, 0x33);
    static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
    static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);
    static final Color WARNING = new Color(0xB0, 0x30, 0x20);
    static final Color RULE = new Color(0x9A, 0xA5, 0xB1);
    static final Color HEADER_FILL = new Color(0xE4, 0xEB, 0xF3);
    static final Color LABEL_FILL = new Color(0xF3, 0xF5, 0xF8);
    static final Color ACTUAL = new Color(0x1D, 0x4E, 0x89);
    static final Color PATH = new Color(0x9A, 0xA5, 0xB1);

    private Palette() {
    }
}
