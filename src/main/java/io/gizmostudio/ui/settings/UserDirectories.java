package io.gizmostudio.ui.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps the user's settings and data, following the XDG base directory spec:
 * {@code $XDG_CONFIG_HOME/gizmo-studio} (else {@code ~/.config/gizmo-studio}) and {@code $XDG_DATA_HOME/gizmo-studio}
 * (else {@code ~/.local/share/gizmo-studio}).
 */
public record UserDirectories(Path configDir, Path dataDir) {
    private static final String APP = "gizmo-studio";

    public static UserDirectories fromEnvironment(Map<String, String> env, Path home) {
        return new UserDirectories(
                base(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP),
                base(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP));
    }

    public static UserDirectories forCurrentUser() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static Path base(String xdg, Path fallback) {
        // The spec says relative values are invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return fallback;
    }
}
