package io.gizmostudio.core.format.bundle;

import io.gizmostudio.core.format.ExportFormat;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.SceneModel;
import io.gizmostudio.core.model.Articulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Export bundles: a zip with {@code manifest.json}, the entry file at the root and any {@code meshes/}
 * files, in that order. The zip is deterministic: every entry carries the same fixed DOS timestamp and
 * no extra fields, entries come in a fixed order, so the same inputs give byte-identical bundles.
 */
public final class BundleWriter {
    static final String MANIFEST = "manifest.json";
    /** The earliest DOS date; written as local DOS time, so the bytes do not depend on the time zone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private BundleWriter() {
    }

    /** The bundle of one asset in {@code format}. */
    public static byte[] asset(String id, Articulation articulation, ExportFormat format) {
        ExportedModel model = format.writer().writeAsset(articulation);
        return toBytes(new BundleManifest(BundleManifest.Kind.ASSET, id, format, model.entrypoint(), model.report()), model);
    }

    /** The bundle of one scene in {@code format}. */
    public static byte[] scene(String id, SceneModel scene, ExportFormat format) {
        ExportedModel model = format.writer().writeScene(scene);
        return toBytes(new BundleManifest(BundleManifest.Kind.SCENE, id, format, model.entrypoint(), model.report()), model);
    }

    public static byte[] toBytes(BundleManifest manifest, ExportedModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
        try {
            write(manifest, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return out.toByteArray();
    }

    /** Writes the zip to {@code out} and finishes it; the stream stays open. */
    public static void write(BundleManifest manifest, ExportedModel model, OutputStream out) throws IOException {
        if (!manifest.entrypoint().equals(model.entrypoint())) {
            throw new IllegalArgumentException("manifest entrypoint " + manifest.entrypoint()
                    + " is not the model's entry file " + model.entrypoint());
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        put(zip, seen, MANIFEST, manifest.toJson().getBytes(StandardCharsets.UTF_8));
        for (BundleEntry f : model.files()) {
            put(zip, seen, f.path(), f.content());
        }
        zip.finish();
        zip.flush();
    }

    /**
     * Writes the bundle to {@code target} atomically: into a temporary file in the same directory, then
     * moved over the target, so a reader never sees half a zip and a crash leaves the old file intact.
     */
    public static void write(BundleManifest manifest, ExportedModel model, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(manifest, model, out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void put(ZipOutputStream zip, Set<String> seen, String path, byte[] content) throws IOException {
        BundleEntry.checkPath(path);
        if (!seen.add(path)) {
            throw new IllegalArgumentException("duplicate bundle entry " + path);
        }
        ZipEntry e = new ZipEntry(path);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }
}
