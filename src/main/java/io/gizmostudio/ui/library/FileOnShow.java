package io.gizmostudio.ui.library;

import io.gizmostudio.core.format.RobotDescription;
import java.nio.file.Path;

/** A local robot description the preview shows instead of a library asset: the details pane then describes it. */
public interface FileOnShow {
    Path file();

    RobotDescription description();
}
