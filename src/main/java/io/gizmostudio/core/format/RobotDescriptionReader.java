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
        if (XacroExpander.isXacro(file)) {
            XmlElement robot = XacroExpander.expand(file, XacroOptions.fromEnvironment(xacroArgs)).robot();
            return new RobotDescription(UrdfReader.read(file, robot), java.util.List.of());
        }
        return describe(file);
    }

    public static Articulation read(Path file) {
        return describe(file).articulation();
    }

    /** Reads {@code file} with notes on what it holds that the model does not show (see {@link RobotDescription}). */
    public static RobotDescription describe(Path file) {
        if (XacroExpander.isXacro(file)) {
            return describe(file, java.util.Map.of());
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".urdf")) {
            return new RobotDescription(UrdfReader.read(file), java.util.List.of());
        }
        XmlElement root = XmlTreeReader.read(file);
        switch (root.name()) {
            case "robot":
                return new RobotDescription(UrdfReader.read(file), java.util.List.of());
            case "mujoco":
                return MjcfReader.describe(file);
            default:
                throw root.error("neither a URDF <robot> nor an MJCF <mujoco> file");
        }
    }
}
