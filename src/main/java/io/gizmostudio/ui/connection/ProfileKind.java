package io.gizmostudio.ui.connection;

/** The kinds of server the app can talk to. */
public enum ProfileKind {
    BUILT_IN("Built-in engine", null),
    CLOUD("Gizmo cloud", "https://api.gizmo.antimlabs.com/v1"),
    CUSTOM("Custom URL", "http://localhost:8080/v1");

    private final String label;
    private final String defaultBaseUrl;

    ProfileKind(String label, String defaultBaseUrl) {
        this.label = label;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public String label() {
        return label;
    }

    /** The URL a fresh profile of this kind starts with; null for the built-in engine, whose port is chosen at start. */
    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** Whether the user types a URL and key (the built-in engine makes its own). */
    public boolean isRemote() {
        return this != BUILT_IN;
    }
}
