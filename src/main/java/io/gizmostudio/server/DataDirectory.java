package io.gizmostudio.server;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The default data directory for the engine's store, per platform: {@code $XDG_DATA_HOME/gizmo-studio} or
 * {@code ~/.local/share/gizmo-studio} on Linux, {@code ~/Library/Application Support/Gizmo Studio} on macOS,
 * {@code %APPDATA%\Gizmo Studio} on Windows.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path defaultPath() {
        return defaultPath(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path defaultPath(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming"))
                    .resolve("Gizmo Studio");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Gizmo Studio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "gizmo-studio");
        }
        return Path.of(home, ".local", "share", "gizmo-studio");
    }
}
