package io.gizmostudio.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The wire values of a placement's {@code mobility} (local-engine extension): {@code "fixed"} welds the
 * placed asset to the world, {@code "free"} makes it a dynamic body. Omitted on input means the asset's own
 * default (furniture and machines fixed; boxes, bins, crates, toolboxes and mobile bases free), which the
 * server resolves; replies always carry the effective value. Kept as strings so a client reads a newer
 * server's values without failing.
 */
public final class PlacementMobility {
    public static final String FIXED = "fixed";
    public static final String FREE = "free";

    private PlacementMobility() {
    }

    /** {@code "fixed"} or {@code "free"} for those words in any case; empty for anything else. */
    public static Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals(FIXED) || v.equals(FREE) ? Optional.of(v) : Optional.empty();
    }
}
