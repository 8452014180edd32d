package io.gizmostudio.core.scene;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a placement is welded to the world or a dynamic body in simulation. Exporters weld a FIXED
 * placement's root to the world and give a FREE one a free joint, so a crate can be knocked off a table.
 */
public enum Mobility {
    FIXED, FREE;

    /** Families whose assets are things you pick up or that drive around: free bodies by default. */
    private static final Set<String> FREE_FAMILIES = Set.of("box", "bin", "crate", "toolbox", "mobile_base");

    /**
     * The asset family's default: furniture and machines fixed; box/bin/crate/toolbox and mobile bases free.
     * {@code family} is the asset's params "family" wire name (may be null → FIXED).
     */
    public static Mobility defaultFor(String family) {
        if (family == null) {
            return FIXED;
        }
        return FREE_FAMILIES.contains(family.strip().toLowerCase(Locale.ROOT)) ? FREE : FIXED;
    }
}
