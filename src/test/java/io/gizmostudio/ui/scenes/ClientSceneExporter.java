package io.gizmostudio.ui.scenes;

import io.gizmostudio.client.GizmoClient;
import io.gizmostudio.client.GizmoException;
import io.gizmostudio.client.NetworkException;
import io.gizmostudio.client.NotFoundException;
import io.gizmostudio.ui.common.CancellationSignal;
import io.gizmostudio.ui.common.FailureKind;
import io.gizmostudio.ui.common.ServiceException;
import io.gizmostudio.ui.common.TransferProgress;
import java.nio.file.Path;

/**
 * A {@link SceneExporter} straight on the real client, as {@code SceneService#export} will be in the app (its
 * implementation is being written elsewhere): cancel is noticed at the next chunk, which aborts the download (the
 * client deletes its temporary file), and the client's 404 arrives as a {@link ServiceException}.
 */
final class ClientSceneExporter implements SceneExporter {
    private final GizmoClient client;

    ClientSceneExporter(GizmoClient client) {
        this.client = client;
    }

    @Override
    public Path export(String sceneId, String format, Path destination, TransferProgress progress, CancellationSignal cancel) {
        try {
            return client.scenes().export(sceneId, format, destination, (done, total) -> {
                if (cancel.isCancelled()) {
                    throw new ServiceException(FailureKind.LOCAL, "cancelled", "Export cancelled.");
                }
                progress.update(done, total);
            });
        } catch (NotFoundException e) {
            throw new ServiceException(FailureKind.NOT_FOUND, e.code(), e.getMessage(), null, e);
        } catch (NetworkException e) {
            throw new ServiceException(FailureKind.UNREACHABLE, e.code(), e.getMessage(), null, e);
        } catch (GizmoException e) {
            throw new ServiceException(FailureKind.SERVER_ERROR, e.code(), e.getMessage(), null, e);
        }
    }
}
