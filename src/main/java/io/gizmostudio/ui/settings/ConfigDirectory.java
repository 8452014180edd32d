package io.gizmostudio.ui.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps the user's settings, per the XDG base directory spec: {@code $XDG_CONFIG_HOME/gizmo-studio},
 * else {@code ~/.config/gizmo-studio}. (The engine's data dir is the server's {@code DataDirectory}.)
 */
public final class ConfigDirectory {
    private static final String APP = "gizmo-studio";

    private ConfigDirectory() {
    }

    public static Path fromEnvironment(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The spec says relative values are invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve(APP);
    }

    public static Path forCurrentUser() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
