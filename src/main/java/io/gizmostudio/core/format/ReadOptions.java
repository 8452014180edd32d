package io.gizmostudio.core.format;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a robot-description reader may open and how much it may take in. Published descriptions come from anywhere,
 * so a reader opens mesh files only inside the model's folder tree and the package folders given here, and refuses
 * files or nestings so big that reading them would exhaust memory or the stack, with a message naming the limit.
 *
 * @param maxDescriptionBytes largest URDF/MJCF file (each included file too)
 * @param maxMeshBytes        largest mesh file; a bigger one is left out with a warning
 * @param maxMeshTriangles    most triangles in one mesh file; a bigger one is left out with a warning
 * @param maxBodyDepth        deepest MJCF body nesting
 * @param maxChainDepth       most joints between a URDF's root link and any other link
 * @param packageFolders      folders that may hold {@code package://} packages and meshes (ROS_PACKAGE_PATH
 *                            entries, folders the user allows): each is a package or holds packages
 */
public record ReadOptions(long maxDescriptionBytes, long maxMeshBytes, long maxMeshTriangles, int maxBodyDepth,
                          int maxChainDepth, List<Path> packageFolders) {
    public static final long DEFAULT_MAX_DESCRIPTION_BYTES = 64L << 20;
    public static final long DEFAULT_MAX_MESH_BYTES = 256L << 20;
    public static final long DEFAULT_MAX_MESH_TRIANGLES = 10_000_000L;
    public static final int DEFAULT_MAX_BODY_DEPTH = 1000;
    public static final int DEFAULT_MAX_CHAIN_DEPTH = 1000;

    public ReadOptions {
        if (maxDescriptionBytes <= 0 || maxMeshBytes <= 0 || maxMeshTriangles <= 0 || maxBodyDepth <= 0 || maxChainDepth <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
        packageFolders = List.copyOf(packageFolders);
    }

    /** The default limits, no package folders beyond the model's own. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_DESCRIPTION_BYTES, DEFAULT_MAX_MESH_BYTES, DEFAULT_MAX_MESH_TRIANGLES,
                DEFAULT_MAX_BODY_DEPTH, DEFAULT_MAX_CHAIN_DEPTH, List.of());
    }

    /** The default limits with the folders of a ROS_PACKAGE_PATH-style value (entries split by the OS's separator). */
    public static ReadOptions withRosPackagePath(String rosPackagePath) {
        List<Path> folders = new ArrayList<>();
        if (rosPackagePath != null) {
            for (String entry : rosPackagePath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    folders.add(Path.of(entry.strip()));
                }
            }
        }
        return defaults().withPackageFolders(folders);
    }

    /** What a viewer opens files with: the default limits and this process's ROS_PACKAGE_PATH. */
    public static ReadOptions fromEnvironment() {
        return withRosPackagePath(System.getenv("ROS_PACKAGE_PATH"));
    }

    public ReadOptions withPackageFolders(List<Path> folders) {
        List<Path> all = new ArrayList<>(packageFolders);
        all.addAll(folders);
        return new ReadOptions(maxDescriptionBytes, maxMeshBytes, maxMeshTriangles, maxBodyDepth, maxChainDepth, all);
    }

    public ReadOptions withMaxDescriptionBytes(long bytes) {
        return new ReadOptions(bytes, maxMeshBytes, maxMeshTriangles, maxBodyDepth, maxChainDepth, packageFolders);
    }

    public ReadOptions withMaxMeshBytes(long bytes) {
        return new ReadOptions(maxDescriptionBytes, bytes, maxMeshTriangles, maxBodyDepth, maxChainDepth, packageFolders);
    }

    public ReadOptions withMaxMeshTriangles(long triangles) {
        return new ReadOptions(maxDescriptionBytes, maxMeshBytes, triangles, maxBodyDepth, maxChainDepth, packageFolders);
    }

    public ReadOptions withMaxBodyDepth(int depth) {
        return new ReadOptions(maxDescriptionBytes, maxMeshBytes, maxMeshTriangles, depth, maxChainDepth, packageFolders);
    }

    public ReadOptions withMaxChainDepth(int depth) {
        return new ReadOptions(maxDescriptionBytes, maxMeshBytes, maxMeshTriangles, maxBodyDepth, depth, packageFolders);
    }

    /** {@code 64 MB} for a byte count, as limit messages say it. */
    public static String megabytes(long bytes) {
        double mb = bytes / (double) (1L << 20);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }
}
