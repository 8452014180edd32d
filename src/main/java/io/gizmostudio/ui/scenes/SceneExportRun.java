package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.ServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The blocking part of a scene export, run on a worker: for each format in turn, download the bundle into a
 * hidden staging folder inside the destination ({@code .gizmo-export-*}), unpack it there when asked, read its
 * report, and rename the finished zip or folder into place under a free name ({@link ExportTargets}). A failure or
 * a cancel deletes the staging folder, so a format is either wholly there or not at all; formats finished before
 * stay. Staging inside the destination keeps the final rename on one file system, hence atomic.
 */
final class SceneExportRun {
    private static final Logger LOG = LoggerFactory.getLogger(SceneExportRun.class);
    /** In unpacked mode the download is this share of a format's progress, the unzip the rest. */
    private static final double DOWNLOAD_SHARE = 0.8;

    /** What to export. {@code sceneName} (the scene's or the asset's) names the files; {@code unpack} false keeps the zips. */
    record Request(ExportSubject.Kind kind, String sceneId, String sceneName, List<SceneExportFormat> formats, Path folder,
                   boolean unpack) {
        Request(String sceneId, String sceneName, List<SceneExportFormat> formats, Path folder, boolean unpack) {
            this(ExportSubject.Kind.SCENE, sceneId, sceneName, formats, folder, unpack);
        }

        Request {
            formats = List.copyOf(formats);
        }
    }

    /** Hears the run on the worker thread. {@code fraction} is 0..1, or -1 while the size is unknown. */
    interface Listener {
        void progress(int index, double fraction);

        void finished(int index, ExportedFormat exported);
    }

    private final SceneExporter exporter;

    SceneExportRun(SceneExporter exporter) {
        this.exporter = exporter;
    }

    SceneExportResult run(Request request, CancellationSignal cancel, Listener listener) {
        List<ExportedFormat> done = new ArrayList<>();
        for (int i = 0; i < request.formats().size(); i++) {
            SceneExportFormat format = request.formats().get(i);
            if (cancel.isCancelled()) {
                return new SceneExportResult(done, true, null, null);
            }
            try {
                ExportedFormat exported = exportOne(request, format, i, cancel, listener);
                done.add(exported);
                listener.finished(i, exported);
            } catch (RuntimeException | IOException e) {
                if (cancel.isCancelled() || e instanceof CancelledException) {
                    LOG.info("Export of {} {} as {} cancelled", request.kind().word(), request.sceneId(), format.wireName());
                    return new SceneExportResult(done, true, null, null);
                }
                LOG.warn("Export of {} {} as {} failed", request.kind().word(), request.sceneId(), format.wireName(), e);
                return new SceneExportResult(done, false, format, describe(request.kind(), format, e));
            }
        }
        return new SceneExportResult(done, false, null, null);
    }

    private ExportedFormat exportOne(Request request, SceneExportFormat format, int index, CancellationSignal cancel,
                                     Listener listener) throws IOException {
        String base = ExportTargets.baseName(request.sceneName(), format);
        Path staging = Files.createTempDirectory(request.folder(), ".gizmo-export-");
        try {
            double share = request.unpack() ? DOWNLOAD_SHARE : 1.0;
            listener.progress(index, 0);
            Path zip = exporter.export(request.sceneId(), format.wireName(), staging, (bytes, total) ->
                    listener.progress(index, total > 0 ? share * Math.min(1.0, bytes / (double) total) : -1), cancel);
            if (zip == null || !zip.toAbsolutePath().normalize().startsWith(staging.toAbsolutePath().normalize())
                    || !Files.isRegularFile(zip)) {
                throw new IOException("the export was not saved in the folder it was given (" + zip + ")");
            }
            SceneBundleReport report = SceneBundleReport.read(zip, format);
            if (cancel.isCancelled()) {
                throw new CancelledException();
            }
            if (!request.unpack()) {
                Path placed = ExportTargets.placeFile(zip, request.folder(), base, ".zip");
                listener.progress(index, 1);
                return new ExportedFormat(format, placed, List.of(placed), report.lines());
            }
            Path tree = staging.resolve("unpacked");
            int count = BundleUnzipper.unzip(zip, tree, cancel, f -> listener.progress(index, DOWNLOAD_SHARE + (1 - DOWNLOAD_SHARE) * f)).size();
            Path placed = ExportTargets.placeFolder(tree, request.folder(), base);
            List<Path> files = filesUnder(placed);
            if (files.size() != count) {
                throw new IOException("unpacked " + count + " files but found " + files.size() + " in " + placed);
            }
            listener.progress(index, 1);
            return new ExportedFormat(format, placed, files, report.lines());
        } finally {
            deleteTree(staging);
        }
    }

    /** A sentence for the user, naming the format; the scene's 404 gets its own because it has its own remedy. */
    static String describe(SceneExportFormat format, Throwable e) {
        return describe(ExportSubject.Kind.SCENE, format, e);
    }

    static String describe(ExportSubject.Kind kind, SceneExportFormat format, Throwable e) {
        String what = format.label() + " was not exported: ";
        if (e instanceof ServiceException se && se.kind() == FailureKind.NOT_FOUND) {
            return kind == ExportSubject.Kind.SCENE
                    ? what + "the server has no such scene (deleted elsewhere, or never saved there). Save the scene, then export again."
                    : what + "the server has no such asset any more (deleted elsewhere). Refresh the library.";
        }
        if (e instanceof BundleUnzipper.UnsafeBundleException) {
            return what + e.getMessage();
        }
        return what + FailureMessages.describe(e);
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove the staging folder {}: {}", root, e.toString());
        }
    }
}
