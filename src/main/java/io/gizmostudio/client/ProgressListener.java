package io.gizmostudio.client;

/** Hears the bytes of a download as they arrive. Called on the downloading thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (bytes, total) -> { };

    /**
     * @param bytesSoFar bytes written to disk so far
     * @param totalBytes the size the server announced ({@code Content-Length}), or -1 when unknown
     */
    void onProgress(long bytesSoFar, long totalBytes);
}
