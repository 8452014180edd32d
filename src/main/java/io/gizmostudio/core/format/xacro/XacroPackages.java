package io.gizmostudio.core.format.xacro;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where {@code $(find pkg)} points without a ROS installation: a folder holding a {@code package.xml} whose
 * {@code <name>} is {@code pkg}, looked for in the folders above the description (and their direct subfolders,
 * where sibling packages of a workspace live), then in the {@code ROS_PACKAGE_PATH} entries and the user's
 * folders (each, and two levels below it). A folder named {@code pkg} in those places is taken when no
 * {@code package.xml} names it.
 */
public final class XacroPackages {
    private static final Pattern NAME = Pattern.compile("<name>\\s*([^<\\s]+)\\s*</name>");
    private static final int SEARCH_DEPTH = 2;

    private final List<Path> above;
    private final List<Path> roots;
    private final Map<String, Optional<Path>> found = new HashMap<>();

    /** {@code description}: the top-level file; {@code roots}: ROS_PACKAGE_PATH entries and user folders. */
    public XacroPackages(Path description, List<Path> roots) {
        this.above = new ArrayList<>();
        for (Path p = description.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
            above.add(p);
        }
        this.roots = List.copyOf(roots);
    }

    /** The entries of a {@code ROS_PACKAGE_PATH}-style value (separated by the platform's path separator). */
    public static List<Path> fromPackagePath(String value) {
        List<Path> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(java.io.File.pathSeparator)) {
                if (!s.isBlank()) {
                    out.add(Path.of(s.strip()));
                }
            }
        }
        return out;
    }

    /** The package's folder; empty when none of the places holds it. */
    public Optional<Path> find(String pkg) {
        return found.computeIfAbsent(pkg, this::search);
    }

    private Optional<Path> search(String pkg) {
        for (Path dir : above) {
            if (names(dir, pkg)) {
                return Optional.of(dir);
            }
            Optional<Path> sibling = below(dir, pkg, 1);
            if (sibling.isPresent()) {
                return sibling;
            }
        }
        for (Path root : roots) {
            if (names(root, pkg)) {
                return Optional.of(root);
            }
            Optional<Path> inside = below(root, pkg, SEARCH_DEPTH);
            if (inside.isPresent()) {
                return inside;
            }
        }
        for (Path dir : above) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(pkg)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> below(Path dir, String pkg, int depth) {
        if (depth == 0 || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
            entries.forEach(subfolders::add);
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // an unreadable folder holds no package we can use
        }
        subfolders.sort(null);
        for (Path sub : subfolders) {
            if (names(sub, pkg)) {
                return Optional.of(sub);
            }
        }
        for (Path sub : subfolders) {
            Optional<Path> deeper = below(sub, pkg, depth - 1);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    private static boolean names(Path dir, String pkg) {
        Path manifest = dir.resolve("package.xml");
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            if (Files.size(manifest) > 1_000_000) {
                return false;
            }
            Matcher m = NAME.matcher(Files.readString(manifest));
            return m.find() && m.group(1).equals(pkg);
        } catch (IOException | RuntimeException e) {
            return false; // an unreadable manifest names nothing
        }
    }
}
