package io.gizmostudio.core.format;

import io.gizmostudio.core.format.mjcf.MjcfWriter;
import io.gizmostudio.core.format.urdf.UrdfWriter;
import io.gizmostudio.core.format.usd.UsdWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * The simulator formats an asset or a scene can be exported to, with their wire names
 * (api/CONTRACT.md §6) and the entry file each writes at the root of a bundle.
 */
public enum ExportFormat {
    MUJOCO_MJCF("mujoco_mjcf", "mjcf", "asset.xml", "scene.xml"),
    ISAAC_SIM_URDF("isaac_sim_urdf", "urdf", "asset.urdf", "scene.urdf"),
    ISAAC_SIM_USD("isaac_sim_usd", "usd", "asset.usda", "scene.usda");

    private final String wireName;
    private final String alias;
    private final String assetEntrypoint;
    private final String sceneEntrypoint;

    ExportFormat(String wireName, String alias, String assetEntrypoint, String sceneEntrypoint) {
        this.wireName = wireName;
        this.alias = alias;
        this.assetEntrypoint = assetEntrypoint;
        this.sceneEntrypoint = sceneEntrypoint;
    }

    /** The name used on the wire and in manifests, e.g. {@code mujoco_mjcf}. */
    public String wireName() {
        return wireName;
    }

    public String assetEntrypoint() {
        return assetEntrypoint;
    }

    public String sceneEntrypoint() {
        return sceneEntrypoint;
    }

    /** The writer for this format. */
    public ModelWriter writer() {
        return switch (this) {
            case MUJOCO_MJCF -> new MjcfWriter();
            case ISAAC_SIM_URDF -> new UrdfWriter();
            case ISAAC_SIM_USD -> new UsdWriter();
        };
    }

    /**
     * The format for a wire name or one of the short aliases {@code mjcf}, {@code urdf}, {@code usd}
     * (case-insensitive, surrounding blanks ignored); empty for anything else, including {@code sdf}.
     */
    public static Optional<ExportFormat> lookup(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.wireName.equals(n) || f.alias.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #lookup} but throws a message that lists the supported names. */
    public static ExportFormat fromWire(String name) {
        return lookup(name).orElseThrow(() -> new IllegalArgumentException("unsupported export format '" + name
                + "': use one of isaac_sim_usd, isaac_sim_urdf, mujoco_mjcf (or usd, urdf, mjcf)"));
    }
}
