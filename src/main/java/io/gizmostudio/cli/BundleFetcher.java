package io.gizmostudio.cli;

import io.gizmostudio.client.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Downloads the export bundles of one asset or scene into a folder, one per format, and (with unpack) unpacks
 * each beside its zip. The client writes every zip to a temporary file and renames it into place, so a broken
 * download never leaves a half file under the final name; unpacked files are written the same way. Each path
 * goes to stdout (what a pipeline reads); byte counts go to stderr.
 */
final class BundleFetcher {
    /** One export call of the client: id, format, target folder, progress. */
    @FunctionalInterface
    interface Export {
        Path export(String id, String format, Path target, ProgressListener listener);
    }

    private final Export export;
    private final PrintWriter out;
    private final PrintWriter err;

    BundleFetcher(Export export, PrintWriter out, PrintWriter err) {
        this.export = export;
        this.out = out;
        this.err = err;
    }

    void fetch(String id, List<String> formats, Path folder, boolean unpack) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        for (String format : formats) {
            long[] bytes = {0};
            Path zip = export.export(id, format, folder, (done, total) -> bytes[0] = done);
            err.printf(Locale.ROOT, "downloaded %s (%d bytes)%n", format, bytes[0]);
            out.printf(Locale.ROOT, "wrote %s%n", zip);
            if (unpack) {
                out.printf(Locale.ROOT, "      %s%n", unpack(zip));
            }
        }
        out.flush();
        err.flush();
    }

    /** Unpacks into {@code <zip name without .zip>/}; the entry file's path. */
    private static Path unpack(Path zip) {
        String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
        try {
            var model = DownloadedBundle.read(zip);
            return BundleUnpacker.unpack(model, zip.resolveSibling(name)).resolve(model.entrypoint());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }
}
