package io.gizmostudio.core.format.xacro;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a xacro expansion takes from outside its files: the {@code name:=value} arguments, the folders where
 * {@code $(find pkg)} looks besides the ones above the file (ROS_PACKAGE_PATH entries, the user's folders), and the
 * environment {@code $(env)} and {@code $(optenv)} read.
 */
public record XacroOptions(Map<String, String> args, List<Path> packageFolders, Map<String, String> environment) {
    public XacroOptions {
        args = Map.copyOf(args);
        packageFolders = List.copyOf(packageFolders);
        environment = Map.copyOf(environment);
    }

    /** {@code args} over this process's environment, with its {@code ROS_PACKAGE_PATH} as package folders. */
    public static XacroOptions fromEnvironment(Map<String, String> args) {
        Map<String, String> env = System.getenv();
        return new XacroOptions(args, XacroPackages.fromPackagePath(env.get("ROS_PACKAGE_PATH")), env);
    }

    /** Only {@code args}: no package folders, an empty environment (tests, reproducible runs). */
    public static XacroOptions isolated(Map<String, String> args) {
        return new XacroOptions(args, List.of(), Map.of());
    }
}
