package io.gizmostudio.core.format;

import io.gizmostudio.core.format.mjcf.MjcfReader;
import io.gizmostudio.core.format.urdf.UrdfReader;
import io.gizmostudio.core.format.xacro.XacroExpander;
import io.gizmostudio.core.format.xacro.XacroOptions;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import io.gizmostudio.core.model.Articulation;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a robot description whichever format it is in: {@code .urdf} files as URDF, other XML files by
 * their root element ({@code <robot>} is URDF, {@code <mujoco>} is MJCF), and {@code .xacro} files expanded to URDF
 * first (with the {@code name:=value} arguments given, ROS_PACKAGE_PATH for {@code $(find)}).
 */
public final class RobotDescriptionReader {
    private RobotDescriptionReader() {
    }

    /** True for file names the app offers to open: {@code .urdf}, {@code .xml} and {@code .xacro}. */
    public static boolean isCandidate(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".urdf") || n.endsWith(".xml") || XacroExpander.isXacro(file);
    }

    /** As {@link #describe(Path)}, a xacro file expanded with {@code xacroArgs} ({@code name:=value}). */
    public static RobotDescription describe(Path file, java.util.Map<String, String> xacroArgs) {
        return describe(file, xacroArgs, ReadOptions.fromEnvironment());
    }

    /**
     * A xacro file expanded with {@code xacroArgs} ({@code $(find)} looking in the package folders of
     * {@code options}), then read inside the limits and mesh boundary of {@code options}.
     */
    public static RobotDescription describe(Path file, java.util.Map<String, String> xacroArgs, ReadOptions options) {
        if (XacroExpander.isXacro(file)) {
            XacroOptions xacro = new XacroOptions(xacroArgs, options.packageFolders(), System.getenv());
            XmlElement robot = XacroExpander.expand(file, xacro).robot();
            return UrdfReader.describe(file, robot, options);
        }
        return describe(file, options);
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
        if (XacroExpander.isXacro(file)) {
            return describe(file, java.util.Map.of(), options);
        }
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
