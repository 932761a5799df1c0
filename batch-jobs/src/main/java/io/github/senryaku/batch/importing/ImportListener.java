package io.github.senryaku.batch.importing;

/** Hears of a run as it goes, from the batch threads: each file as it ends, and rows as they are staged. */
@FunctionalInterface
public interface ImportListener {
    /** A file ended (landed, sent back, duplicate, failed, set aside); called one at a time. */
    void ended(ImportResult result);

    /** Some rows of some file were staged (may be called from several threads at once). */
    default void rowsStaged(long rows) {
    }
}
