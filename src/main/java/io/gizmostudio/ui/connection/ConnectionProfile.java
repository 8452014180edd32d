package io.gizmostudio.ui.connection;

/**
 * Where to connect: a kind, a base URL and an API key. The built-in profile has neither (the engine picks a port
 * and mints a key). {@link #toString()} never shows the key, so a profile can be logged.
 */
public record ConnectionProfile(ProfileKind kind, String baseUrl, String apiKey) {
    public ConnectionProfile {
        baseUrl = baseUrl == null ? "" : baseUrl.trim();
        apiKey = apiKey == null ? "" : apiKey.trim();
    }

    public static ConnectionProfile builtIn() {
        return new ConnectionProfile(ProfileKind.BUILT_IN, "", "");
    }

    public static ConnectionProfile defaultFor(ProfileKind kind) {
        return new ConnectionProfile(kind, kind.defaultBaseUrl(), "");
    }

    public ConnectionProfile withBaseUrl(String url) {
        return new ConnectionProfile(kind, url, apiKey);
    }

    public ConnectionProfile withApiKey(String key) {
        return new ConnectionProfile(kind, baseUrl, key);
    }

    public boolean hasApiKey() {
        return !apiKey.isEmpty();
    }

    @Override
    public String toString() {
        return "ConnectionProfile[" + kind + ", " + baseUrl + ", key " + (hasApiKey() ? "set" : "unset") + "]";
    }
}
