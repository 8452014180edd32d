package io.gizmostudio;

/**
 * Runs the real desktop app with the server's fast test generator (the engine core's generator is wired in by
 * {@code Main}); for screenshots and start-up measurements from the test classpath.
 */
public final class StudioDemo {
    private StudioDemo() {
    }

    public static void main(String[] args) {
        StudioLauncher.launch(args, TestGenerator.create());
    }
}
