package io.gizmostudio.cli;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an exported model's files into a folder, each file atomically (temp file + rename). */
final class BundleUnpacker {
    private BundleUnpacker() {
    }

    static Path unpack(ExportedModel model, Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        for (BundleEntry e : model.files()) {
            Path target = root.resolve(e.path()).normalize();
            if (!target.startsWith(root)) {
                throw new IOException("bundle entry escapes the folder: " + e.path());
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".gizmo", ".part");
            try {
                Files.write(tmp, e.content());
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return root;
    }
}
