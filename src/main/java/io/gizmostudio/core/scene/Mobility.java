package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Articulation;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a placement (or an asset exported on its own) is welded to the world or a dynamic body in simulation.
 * Exporters weld a FIXED root to the world and give a FREE one a free joint, so a crate can be knocked off a
 * table and a mobile base drives away on its wheels.
 */
public enum Mobility {
    FIXED, FREE;

    /**
     * Articulation metadata key holding an asset's own base mobility ({@code free} or {@code fixed}): what the
     * generator chose from the family, or {@code fixed} when the request asked for {@code fixed_base}. Absent on
     * assets made before it existed; they read as their family's default.
     */
    public static final String METADATA_KEY = "base";

    /** Families whose assets are things you pick up or that drive around: free bodies by default. */
    private static final Set<String> FREE_FAMILIES = Set.of("box", "bin", "crate", "toolbox", "laptop", "mobile_base");

    /**
     * The asset family's default: furniture and machines fixed; box/bin/crate/toolbox/laptop and mobile bases free.
     * {@code family} is the asset's params "family" wire name (may be null → FIXED).
     */
    public static Mobility defaultFor(String family) {
        if (family == null) {
            return FIXED;
        }
        return FREE_FAMILIES.contains(family.strip().toLowerCase(Locale.ROOT)) ? FREE : FIXED;
    }

    /** The family default, unless {@code fixedBase} welds it. */
    public static Mobility of(String family, boolean fixedBase) {
        return fixedBase ? FIXED : defaultFor(family);
    }

    /** {@code a}'s own mobility: its {@value #METADATA_KEY} metadata, else its family's default. */
    public static Mobility of(Articulation a) {
        String base = a.metadata().get(METADATA_KEY);
        if (base != null) {
            return "free".equalsIgnoreCase(base.strip()) ? FREE : FIXED;
        }
        return defaultFor(a.metadata().get("family"));
    }

    /** The metadata value: {@code free} or {@code fixed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
