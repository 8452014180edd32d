package io.gizmostudio.ui.connection;

/**
 * The local Gizmo engine that ships inside the app. The ui only sees this interface; the composition root
 * implements it over the server package (the ui never depends on the server).
 */
public interface BuiltInEngine {

    /** Starts the engine on a free loopback port with a fresh key, or returns the running one's endpoint. */
    EngineEndpoint start();

    /** Stops the engine and waits for it to release its port and files; harmless when not running. */
    void stop();

    /** Where a started engine listens and the key it accepts. */
    record EngineEndpoint(String baseUrl, String apiKey) {
        @Override
        public String toString() {
            return "EngineEndpoint[" + baseUrl + "]";
        }
    }
}
