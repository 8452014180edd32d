package io.gizmostudio.ui.common;

/** Progress of a download, reported from the worker thread. {@code totalBytes} is -1 when unknown. */
@FunctionalInterface
public interface TransferProgress {
    TransferProgress IGNORE = (done, total) -> { };

    void update(long bytesDone, long totalBytes);
}
