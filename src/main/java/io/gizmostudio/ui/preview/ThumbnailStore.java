package io.gizmostudio.ui.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Asset thumbnails as PNG files on disk, one per asset ({@code <root>/<assetId>.png}), written atomically so
 * a half-written image is never read back. Generated assets never change, so a stored thumbnail stays valid.
 */
public final class ThumbnailStore {
    private final Path root;

    public ThumbnailStore(Path root) {
        this.root = root;
    }

    public Path file(String assetId) {
        return root.resolve(assetId.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
    }

    /** The stored PNG bytes, if the thumbnail was rendered before. */
    public Optional<byte[]> read(String assetId) throws IOException {
        Path f = file(assetId);
        return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
    }

    public void write(String assetId, byte[] png) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, ".thumb", ".part");
        try {
            Files.write(tmp, png);
            Files.move(tmp, file(assetId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
