package io.github.senryaku.batch.workbook;

import java.text.Normalizer;

/** How typed text is compared: Unicode NFKC (全角 → 半角 where it has meaning), trimmed. */
public final class Texts {

    private Texts() {
    }

    public static String normalize(String text) {
        return isPlainAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /**
     * Canonical Unicode (NFC) and nothing more: the same words typed on a Mac (NFD, か + ゛) and on Windows
     * (が) become the same text, while ①, ㈱ and full-width letters stay as written.
     */
    public static String canonical(String text) {
        return isPlainAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Normalized, and without any white space inside: for labels such as {@code 担 当 課}. */
    public static String compact(String text) {
        return isPlainAscii(text) ? text : WHITE_SPACE.matcher(normalize(text)).replaceAll("");
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /**
     * Printable ASCII without spaces is its own NFKC form and has nothing to trim: most codes, years and
     * numbers of a million-row file take this short way.
     */
    static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }
}
