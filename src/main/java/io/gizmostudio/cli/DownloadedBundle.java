package io.gizmostudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.gizmostudio.api.ApiJson;
import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An export bundle downloaded from a server, read back as the files it holds so {@link BundleUnpacker} can
 * write them. Entry names are checked by {@link BundleEntry} (no {@code ..}, no absolute paths): a zip that
 * tries to write outside its folder is refused before anything is written. The entry file is the manifest's
 * {@code entrypoint}.
 */
final class DownloadedBundle {
    private static final String MANIFEST = "manifest.json";
    private static final long MAX_UNPACKED = 1L << 30;

    private DownloadedBundle() {
    }

    static ExportedModel read(Path zip) throws IOException {
        List<BundleEntry> files = new ArrayList<>();
        long total = 0;
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry e : Collections.list(file.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] content;
                try (InputStream in = file.getInputStream(e)) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED - total + 1));
                }
                total += content.length;
                if (total > MAX_UNPACKED) {
                    throw new IOException(zip.getFileName() + " unpacks to more than 1 GiB; not unpacked");
                }
                try {
                    files.add(new BundleEntry(e.getName(), content));
                } catch (IllegalArgumentException unsafe) {
                    throw new IOException(zip.getFileName() + " has an entry that would be written outside its folder ("
                            + e.getName() + "); nothing was unpacked");
                }
            }
        }
        String entrypoint = entrypoint(files, zip);
        files.sort(java.util.Comparator.comparing(f -> !f.path().equals(entrypoint)));
        return new ExportedModel(entrypoint, files);
    }

    private static String entrypoint(List<BundleEntry> files, Path zip) throws IOException {
        for (BundleEntry f : files) {
            if (f.path().equals(MANIFEST)) {
                JsonNode manifest = ApiJson.newMapper().readTree(f.content());
                String entry = manifest.path("entrypoint").asText("");
                if (files.stream().anyMatch(g -> g.path().equals(entry))) {
                    return entry;
                }
            }
        }
        throw new IOException(zip.getFileName() + " has no manifest.json naming a file it holds; not unpacked");
    }
}
