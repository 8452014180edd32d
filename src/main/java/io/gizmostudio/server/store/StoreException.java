package io.gizmostudio.server.store;

/** The store could not be read or written (disk, locking, corrupt file); the server answers 500 and logs it. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
