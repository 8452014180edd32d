package io.gizmostudio.server.store;

import java.util.Locale;

/** Where an API key came from, which decides how long it is valid. */
public enum KeySource {
    /** Created by {@code keys create}, {@code serve} or the desktop app: valid until revoked. */
    ISSUED,
    /**
     * Given in {@code GIZMO_API_KEY}: valid only while a server runs with that secret in its environment. The row
     * keeps the key id stable across restarts (so the key's assets and scenes stay its own), never a standing key.
     */
    ENVIRONMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static KeySource fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
