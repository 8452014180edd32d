package io.gizmostudio.ui.settings;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The package folders setting as text: one folder per line in the dialog, joined by the path separator in the
 * settings file (as ROS_PACKAGE_PATH is), each an absolute path to a folder that exists.
 */
final class PackageFolders {
    private PackageFolders() {
    }

    /** The folders of the dialog's text: one per line, blank lines skipped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Why the lines are not a valid setting ("" when they are); {@code isFolder} looks at the disk, off the UI thread. */
    static String problem(List<String> lines, Predicate<Path> isFolder) {
        for (String line : lines) {
            Path p;
            try {
                p = Path.of(line);
            } catch (InvalidPathException e) {
                return "Package folder \"" + line + "\" is not a valid path.";
            }
            if (!p.isAbsolute()) {
                return "Package folder \"" + line + "\" must be an absolute path, e.g. /home/me/ros_ws/src.";
            }
            if (!isFolder.test(p)) {
                return "Package folder " + line + " is not an existing folder: create it or remove the line.";
            }
        }
        return "";
    }

    static List<Path> paths(List<String> lines) {
        return lines.stream().map(Path::of).toList();
    }

    static String text(List<Path> folders) {
        return folders.stream().map(Path::toString).collect(Collectors.joining("\n"));
    }

    static List<Path> split(String stored) {
        List<Path> out = new ArrayList<>();
        for (String s : stored.split(File.pathSeparator)) {
            if (!s.isBlank()) {
                out.add(Path.of(s.strip()));
            }
        }
        return out;
    }

    static String join(List<Path> folders) {
        return folders.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
