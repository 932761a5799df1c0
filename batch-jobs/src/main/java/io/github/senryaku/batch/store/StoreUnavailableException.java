package io.github.senryaku.batch.store;

/** The store cannot be used: unreachable, wrong credentials, a failed migration. The message is one line. */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
