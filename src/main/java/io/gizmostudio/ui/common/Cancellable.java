package io.gizmostudio.ui.common;

/** A handle to stop something that is pending or running; cancelling twice is harmless. */
@FunctionalInterface
public interface Cancellable {
    Cancellable NONE = () -> { };

    void cancel();
}
