package io.gizmostudio.ui.scenes;

import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;

/**
 * Downloads one scene export bundle (a zip): the shape of {@code SceneService#export}, so the caller passes
 * {@code sceneService::export}. Called on a worker thread. {@code destination} is always an existing, empty
 * folder the dialog made for this download; the zip must be written inside it (the client names it from the
 * reply, e.g. {@code <scene id>_<format>.zip}) and its path returned. It throws when the download fails or is
 * cancelled (check {@code cancel} in the progress callback), and then leaves no partial file.
 */
@FunctionalInterface
public interface SceneExporter {
    Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel);
}
