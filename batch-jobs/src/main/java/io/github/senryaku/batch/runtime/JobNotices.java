package io.github.senryaku.batch.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Lets the code that started a job hear from the job's artifacts while it runs — an import run tells of
 * each file as it ends — instead of polling the job repository. Notices for a key nobody listens to are
 * dropped: a job runs the same whether or not anyone is told.
 */
public final class JobNotices {

    private final Map<String, Consumer<Object>> listeners = new ConcurrentHashMap<>();

    public void listen(String key, Consumer<Object> listener) {
        listeners.put(key, listener);
    }

    public void stopListening(String key) {
        listeners.remove(key);
    }

    /** Called from batch threads; the listener must be safe to call from several at once. */
    public void tell(String key, Object notice) {
        Consumer<Object> listener = listeners.get(key);
        if (listener != null) {
            listener.accept(notice);
        }
    }
}
