package io.gizmostudio.core.format;

import io.gizmostudio.core.format.bundle.BundleEntry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What a writer produced: the entry file (a path at the bundle root) and every file, the entry file
 * first and meshes after it in name order. {@code report} says in plain lines what an export kept,
 * converted or dropped (for an asset: whether it floats or is welded, and how each format says so); it goes into
 * the bundle's manifest.
 */
public record ExportedModel(String entrypoint, List<BundleEntry> files, List<String> report) {
    public ExportedModel(String entrypoint, List<BundleEntry> files) {
        this(entrypoint, files, List.of());
    }

    public ExportedModel {
        files = List.copyOf(files);
        report = report == null ? List.of() : List.copyOf(report);
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
