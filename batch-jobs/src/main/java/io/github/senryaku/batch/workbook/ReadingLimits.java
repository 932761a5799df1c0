package io.github.senryaku.batch.workbook;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much of a workbook is read before it is sent back, so that no file can exhaust the heap: each limit
 * is far above what Excel writes for a 1,048,576-row sheet, and documented in docs/formats.md.
 */
public final class ReadingLimits {

    /** Characters of one cell: Excel's own limit, so a longer cell cannot come from Excel. */
    public static final int CELL_TEXT_CHARS = 32_767;
    /**
     * Characters of all shared strings together (they are held in memory while the sheets are read). The
     * benchmark's million-row workbook, saved by Excel, holds 2.3 million.
     */
    public static final long SHARED_STRING_CHARS = 30_000_000;
    /** Distinct shared strings: three different texts on every row of a full sheet. */
    public static final int SHARED_STRING_COUNT = 3_000_000;
    /** Inflated bytes of one part of the .xlsx package: the benchmark's million-row sheet is 410 MB. */
    public static final long ENTRY_BYTES = 1L << 30;
    /** Characters of an attribute value: cell references, style numbers and number formats are short. */
    static final int ATTRIBUTE_CHARS = 65_536;

    private ReadingLimits() {
    }

    /** POI's zip guard is process-wide: set once, before the first package is opened. */
    static void applyToPoi() {
        ZipSecureFile.setMaxEntrySize(ENTRY_BYTES);
    }

    /** {@code 32,767文字}, {@code 3,000万文字}: a limit as a message states it. */
    static String chars(long limit) {
        return limit >= 10_000_000 && limit % 10_000 == 0 ? String.format("%,d万文字", limit / 10_000)
                : String.format("%,d文字", limit);
    }
}
