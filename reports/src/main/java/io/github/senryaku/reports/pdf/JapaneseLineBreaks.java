package io.github.senryaku.reports.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Japanese line breaking (禁則処理). OpenPDF would break between any two CJK characters, so a line could
 * start with 。 or end with 「. Here a line may break after a space or hyphen, or next to a CJK character,
 * but never before a closing mark, 、。, ー, ・ or a small kana (行頭禁則), never after an opening bracket
 * (行末禁則), and never inside a run of Latin letters or digits.
 */
final class JapaneseLineBreaks implements SplitCharacter {

    static final JapaneseLineBreaks INSTANCE = new JapaneseLineBreaks();

    /** Characters a line must not start with. */
    static final String NO_LINE_START = "、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»"
            + "ー－‐゠–〜～・：；:;！？!?ヽヾゝゞ々〻"
            + "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％%";

    /** Characters a line must not end with. */
    static final String NO_LINE_END = "（(［[｛{〔〈《「『【〘〖〝‘“｟«";

    private JapaneseLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char here = cc[current];
        char next = current + 1 < end ? cc[current + 1] : 0;
        return mayBreakBetween(here, next);
    }

    /** Whether a line may end after {@code here} when {@code next} (0 at the end of the text) follows. */
    static boolean mayBreakBetween(char here, char next) {
        if (NO_LINE_END.indexOf(here) >= 0 || next != 0 && NO_LINE_START.indexOf(next) >= 0) {
            return false;
        }
        if (Character.isHighSurrogate(here)) {
            return false;
        }
        if (here == ' ' || here == '\u3000' || here == '-' || here == '/' || here == '\t') {
            return true;
        }
        return isCjk(here) || next != 0 && isCjk(next);
    }

    private static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || Character.isSurrogate(c);
    }
}
