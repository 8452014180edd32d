package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.ExportFormats;
import java.util.Optional;

/** The scene export formats as the user knows them: a plain label, the short name report lines use, the wire name. */
public enum SceneExportFormat {
    MUJOCO_MJCF(ExportFormats.MUJOCO_MJCF, "MuJoCo (MJCF)", "MJCF"),
    ISAAC_SIM_USD(ExportFormats.ISAAC_SIM_USD, "Isaac Sim (USD)", "USD"),
    ISAAC_SIM_URDF(ExportFormats.ISAAC_SIM_URDF, "Isaac Sim (URDF)", "URDF");

    private final String wireName;
    private final String label;
    private final String shortName;

    SceneExportFormat(String wireName, String label, String shortName) {
        this.wireName = wireName;
        this.label = label;
        this.shortName = shortName;
    }

    /** {@code mujoco_mjcf}: what the server is asked for, and the suffix of the file or folder written. */
    public String wireName() {
        return wireName;
    }

    /** "MuJoCo (MJCF)". */
    public String label() {
        return label;
    }

    /** "MJCF": the prefix of the bundle's report lines. */
    public String shortName() {
        return shortName;
    }

    public static Optional<SceneExportFormat> fromWire(String name) {
        Optional<String> canonical = ExportFormats.canonical(name);
        for (SceneExportFormat f : values()) {
            if (canonical.isPresent() && f.wireName.equals(canonical.get())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
