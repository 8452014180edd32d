package io.gizmostudio.core.format;

import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.format.urdf.UrdfReader;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import io.gizmostudio.core.model.Articulation;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a robot description whichever format it is in: {@code .urdf} files as URDF, other XML files by
 * their root element ({@code <robot>} is URDF, {@code <mujoco>} is MJCF).
 */
public final class RobotDescriptionReader {
    private RobotDescriptionReader() {
    }

    /** True for file names the app offers to open: {@code .urdf} and {@code .xml}. */
    public static boolean isCandidate(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".urdf") || n.endsWith(".xml");
    }

    public static Articulation read(Path file) {
        return describe(file).articulation();
    }

    /**
     * Reads {@code file} with notes and warnings (see {@link RobotDescription}), inside the default limits and the
     * mesh boundary of the model's folder, its package and this process's ROS_PACKAGE_PATH.
     */
    public static RobotDescription describe(Path file) {
        return describe(file, ReadOptions.fromEnvironment());
    }

    /** Reads {@code file} with notes and warnings, inside the limits and package folders of {@code options}. */
    public static RobotDescription describe(Path file, ReadOptions options) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".urdf")) {
            return UrdfReader.describe(file, options);
        }
        XmlElement root = XmlTreeReader.read(file, options.maxDescriptionBytes());
        switch (root.name()) {
            case "robot":
                return UrdfReader.describe(file, options);
            case "mujoco":
                return MjcfReader.describe(file, options);
            default:
                throw root.error("neither a URDF <robot> nor an MJCF <mujoco> file");
        }
    }
}
