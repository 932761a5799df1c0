package io.github.senryaku.batch.departmentimport;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The ordinal of the last row whose chunk is committed in the store, shared through the step context by
 * the writer (which commits in the background) and the reader (whose checkpoint it is). Checkpointing
 * what is durable, not what was read, is what lets the writer run beside the reader: after a crash the
 * chunk in flight is read and written again, and its rows replace themselves.
 */
final class DurableProgress {

    private final AtomicLong ordinal;

    DurableProgress(long ordinal) {
        this.ordinal = new AtomicLong(ordinal);
    }

    long ordinal() {
        return ordinal.get();
    }

    void committed(long lastOrdinal) {
        ordinal.accumulateAndGet(lastOrdinal, Math::max);
    }
}
