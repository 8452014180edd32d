package io.gizmostudio.testing;

import io.gizmostudio.core.format.ExportedModel;
import io.gizmostudio.core.format.bundle.BundleEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An exported model's files written under a folder, as a bundle unpacks: what the readers and MuJoCo then open. */
public final class ExportedFiles {
    private ExportedFiles() {
    }

    /** Writes every file of {@code model} under {@code folder} (created) and answers its entry point there. */
    public static Path write(ExportedModel model, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (BundleEntry e : model.files()) {
            Path file = folder.resolve(e.path());
            Files.createDirectories(file.getParent());
            Files.write(file, e.content());
        }
        return folder.resolve(model.entrypoint());
    }
}
