package io.github.senryaku.batch.workbook;

import java.text.Normalizer;

/** How typed text is compared: Unicode NFKC (全角 → 半角 where it has meaning), trimmed. */
public final class Texts {

    private Texts() {
    }

    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** Normalized, and without any white space inside: for labels such as {@code 担 当 課}. */
    public static String compact(String text) {
        return normalize(text).replaceAll("\\s+", "");
    }
}
