package io.gizmostudio.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Export format names on the wire, and the aliases of the newer API variant (§6, §9). */
public final class ExportFormats {
    public static final String MUJOCO_MJCF = "mujoco_mjcf";
    public static final String ISAAC_SIM_URDF = "isaac_sim_urdf";
    public static final String ISAAC_SIM_USD = "isaac_sim_usd";
    public static final List<String> ALL = List.of(ISAAC_SIM_USD, ISAAC_SIM_URDF, MUJOCO_MJCF);

    private ExportFormats() {
    }

    /** The canonical name for a format or alias ({@code mjcf}, {@code urdf}, {@code usd}); empty when unknown. */
    public static Optional<String> canonical(String format) {
        if (format == null) {
            return Optional.empty();
        }
        switch (format.trim().toLowerCase(Locale.ROOT)) {
            case MUJOCO_MJCF:
            case "mjcf":
                return Optional.of(MUJOCO_MJCF);
            case ISAAC_SIM_URDF:
            case "urdf":
                return Optional.of(ISAAC_SIM_URDF);
            case ISAAC_SIM_USD:
            case "usd":
                return Optional.of(ISAAC_SIM_USD);
            default:
                return Optional.empty();
        }
    }

    /** The short alias the newer variant uses ({@code mjcf}, {@code urdf}, {@code usd}). */
    public static String alias(String canonical) {
        switch (canonical) {
            case MUJOCO_MJCF:
                return "mjcf";
            case ISAAC_SIM_URDF:
                return "urdf";
            case ISAAC_SIM_USD:
                return "usd";
            default:
                return canonical;
        }
    }
}
