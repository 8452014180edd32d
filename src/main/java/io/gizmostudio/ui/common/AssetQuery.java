package io.gizmostudio.ui.common;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import java.util.Locale;

/**
 * What the library shows: free text (the server's {@code q}), optional status and tag filters, and the order the
 * server pages in. Nulls mean
 * "any".
 */
public record AssetQuery(String text, AssetStatus status, String tag, AssetSort sort) {
    public static final AssetQuery ALL = new AssetQuery(null, null, null);

    public AssetQuery {
        text = blankToNull(text);
        tag = blankToNull(tag);
        if (sort == null) {
            sort = AssetSort.NEWEST;
        }
    }

    /** Newest first. */
    public AssetQuery(String text, AssetStatus status, String tag) {
        this(text, status, tag, AssetSort.NEWEST);
    }

    /**
     * The server's rule (§10: case-insensitive substring of name, prompt or a tag), applied locally to decide
     * whether a card created or changed on this machine belongs in the current view.
     */
    public boolean matches(Asset asset) {
        if (status != null && asset.status() != status) {
            return false;
        }
        if (tag != null && asset.tags().stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
            return false;
        }
        if (text == null) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        return contains(asset.name(), needle) || contains(asset.prompt(), needle)
                || asset.tags().stream().anyMatch(t -> contains(t, needle));
    }

    private static boolean contains(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
