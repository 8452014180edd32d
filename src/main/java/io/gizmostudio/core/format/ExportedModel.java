package io.gizmostudio.core.format;

import io.gizmostudio.core.format.bundle.BundleEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a writer produced: the entry file (a path at the bundle root) and every file, the entry file
 * first and meshes after it in name order.
 */
public record ExportedModel(String entrypoint, List<BundleEntry> files) {
    public ExportedModel {
        files = List.copyOf(files);
        if (files.isEmpty() || !files.get(0).path().equals(entrypoint)) {
            throw new IllegalArgumentException("the entry file must come first");
        }
    }

    /** The entry file as UTF-8 text. */
    public String entryText() {
        return new String(files.get(0).content(), StandardCharsets.UTF_8);
    }

    public Optional<BundleEntry> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
