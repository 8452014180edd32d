package io.gizmostudio.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What Help → About says: versions, where the user's data and settings live, and the engine the app talks to
 * ({@code server} is read when the dialog opens: the connection may change). Built by the composition root, which
 * knows the folders.
 */
public record AboutInfo(String appVersion, String generatorVersion, Path dataFolder, Path configFolder,
                        Supplier<String> server, boolean graphics3d) {
    static final String LICENCE = "Gizmo Studio © 2026 Gizmo Studio. Third-party parts under their own licences:"
            + " OpenJFX (GPL 2 with the Classpath Exception), FXyz3D (BSD 3-clause), Jackson, Javalin, Jetty, OkHttp,"
            + " SQLite JDBC and picocli (Apache 2.0), Logback (EPL 1.0 / LGPL 2.1), ControlsFX (BSD 3-clause).";

    /** The lines of the About dialog. */
    public List<String> lines() {
        return List.of(
                "Gizmo Studio " + appVersion + " (generator " + generatorVersion + ")",
                "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
                        + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")
                        + " · 3D " + (graphics3d ? "available" : "NOT available (see the viewport for how to fix it)"),
                "Engine: " + server.get(),
                "Library and engine data: " + dataFolder,
                "Settings, drafts and thumbnails: " + configFolder,
                "",
                LICENCE);
    }
}
