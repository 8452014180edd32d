package io.gizmostudio.ui.preview;

import io.gizmostudio.ui.common.AssetLibraryService;
import io.gizmostudio.ui.common.CancellationSignal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacked export bundles on disk, one folder per asset and format ({@code <root>/<assetId>/<format>/}).
 * A bundle is downloaded once; it is unpacked into a temporary folder and moved into place whole, so a
 * folder that exists is complete. Generated assets never change, so the cache needs no invalidation.
 */
public final class ExportBundleCache {
    private final Path root;

    public ExportBundleCache(Path root) {
        this.root = root;
    }

    /** The user cache folder per XDG ({@code $XDG_CACHE_HOME/gizmo-studio/exports}, else {@code ~/.cache/...}). */
    public static ExportBundleCache forCurrentUser() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new ExportBundleCache(base.resolve("gizmo-studio").resolve("exports"));
    }

    /** The thumbnail images kept beside the bundles. */
    public ThumbnailStore thumbnails() {
        return new ThumbnailStore(root.resolve("thumbnails"));
    }

    /** The folder for the asset's bundle in {@code format}, downloading and unpacking it when not cached yet. */
    public Path folder(AssetLibraryService assets, String assetId, String format, CancellationSignal cancel) throws IOException {
        Path folder = root.resolve(safe(assetId)).resolve(safe(format));
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder.getParent());
        Path zip = Files.createTempFile(folder.getParent(), ".download", ".zip");
        Path staging = Files.createTempDirectory(folder.getParent(), ".unpack");
        try {
            assets.export(assetId, format, zip, (done, total) -> { }, cancel);
            unzip(zip, staging);
            try {
                Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isDirectory(folder)) { // another preview of the same asset won the race: use its copy
                    throw raced;
                }
            }
            return folder;
        } finally {
            Files.deleteIfExists(zip);
            deleteTree(staging);
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Path base = into.toAbsolutePath().normalize();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                Path target = base.resolve(e.getName()).normalize();
                if (!target.startsWith(base)) {
                    throw new IOException("bundle entry escapes its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static String safe(String segment) {
        String s = segment.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
