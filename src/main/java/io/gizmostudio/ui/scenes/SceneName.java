package io.gizmostudio.ui.scenes;

import java.util.Optional;

/** A scene name as the contract takes it: trimmed, 1..200 characters. Checked before anything is sent. */
public final class SceneName {
    public static final int MAX_LENGTH = 200;

    private SceneName() {
    }

    /** What is wrong with {@code raw} as a scene name, or empty when it is fine once trimmed. */
    public static Optional<String> problem(String raw) {
        String name = clean(raw);
        if (name.isEmpty()) {
            return Optional.of("Enter a name for the scene.");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("The name is " + name.length() + " characters long; " + MAX_LENGTH + " at most.");
        }
        return Optional.empty();
    }

    /** {@code raw} trimmed (null as empty). */
    public static String clean(String raw) {
        return raw == null ? "" : raw.strip();
    }

    /** "<name> copy", shortened so that it is still a valid name. */
    public static String copyOf(String name) {
        String suffix = " copy";
        String base = clean(name);
        if (base.length() + suffix.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH - suffix.length()).strip();
        }
        return base + suffix;
    }
}
