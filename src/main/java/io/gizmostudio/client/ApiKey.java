package io.gizmostudio.client;

import java.util.Objects;

/**
 * A Gizmo API key that never shows itself: {@link #toString()} and {@link #masked()} give at most the key's
 * {@code gzm_} prefix and its last four characters ({@code gzm_…abcd}); short keys are hidden completely.
 * Only the client's own auth step reads the real value.
 */
public final class ApiKey {
    private static final int SHOW_TAIL_FROM_LENGTH = 16;
    private static final String NEWER_PREFIX = "gzm_";

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** A key from its text, trimmed; blank text is not a key. */
    public static ApiKey of(String value) {
        Objects.requireNonNull(value, "value");
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("an API key may not be blank");
        }
        if (trimmed.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            // would break the Authorization header (and is certainly a paste mistake)
            throw new IllegalArgumentException("an API key holds printable ASCII characters only");
        }
        return new ApiKey(trimmed);
    }

    /** For display in settings and logs: {@code gzm_…abcd}, {@code …abcd}, or {@code …} for short keys. */
    public String masked() {
        if (value.length() < SHOW_TAIL_FROM_LENGTH) {
            return "…";
        }
        String tail = value.substring(value.length() - 4);
        return (value.startsWith(NEWER_PREFIX) ? NEWER_PREFIX : "") + "…" + tail;
    }

    /** {@code text} with every occurrence of this key replaced by its masked form (servers may echo a key). */
    String redact(String text) {
        return text == null ? null : text.replace(value, masked());
    }

    /** The {@code Authorization} header value; package-private so nothing outside the client can read the key. */
    String bearerHeader() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return masked();
    }
}
