package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.scene.SceneDocument;
import io.gizmostudio.ui.common.DialogService;
import io.gizmostudio.ui.common.FailureMessages;
import io.gizmostudio.ui.common.UiExecutor;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Scene files ({@link SceneFile}) for the open scene: Open scene file… reads one and opens it as a new scene through
 * the session, Save scene to file… writes the composer's document. The disk work runs off the UI thread; what it did
 * shows in the session's status line and a failure in an error dialog. No toolkit: {@link SceneFileMenu} picks the
 * file, the composition root passes files from the command line and the file manager.
 */
public final class SceneFileActions {
    private final SceneSessionViewModel session;
    private final UiExecutor ui;
    private final DialogService dialogs;

    public SceneFileActions(SceneSessionViewModel session, UiExecutor ui, DialogService dialogs) {
        this.session = Objects.requireNonNull(session, "session");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * Reads a scene file off the UI thread and opens it ({@link SceneSessionViewModel#openDocument}); one that
     * cannot be read says why and leaves the composer as it is.
     */
    public void openFile(Path file) {
        String name = String.valueOf(file.getFileName());
        session.showStatus("Reading " + quoted(name) + "…");
        ui.submit(() -> SceneFile.read(file), doc -> {
            session.showStatus("");
            session.openDocument(doc, name);
        }, failure -> {
            session.showStatus("");
            dialogs.showError("Cannot open the scene file", "Cannot open " + file + ": " + (failure instanceof SceneFile.SceneFileException
                    ? failure.getMessage() : FailureMessages.describe(failure)) + ".");
        });
    }

    /** Writes the composer's document to {@code file} (atomically, off the UI thread); the scene stays as it is. */
    public void saveToFile(Path file) {
        SceneDocument doc = session.currentDocument();
        ui.submit(() -> {
            SceneFile.write(file, doc);
            return file;
        }, written -> session.showStatus("Wrote " + quoted(doc.name()) + " to " + written + "."),
                failure -> dialogs.showError("Cannot write the scene file", "Cannot write " + file + ": " + FailureMessages.describe(failure) + "."));
    }

    private static String quoted(String name) {
        return "‘" + name + "’";
    }
}
