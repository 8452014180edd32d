package io.gizmostudio.client;

/** Hears each status poll of a running generation. Called on the waiting thread. */
@FunctionalInterface
public interface AwaitListener {
    AwaitListener NONE = progress -> { };

    void onProgress(GenerationProgress progress);
}
