package io.gizmostudio.core.format.xacro;

import java.nio.file.Path;

/**
 * A xacro file being expanded, with the prefix its root binds to the xacro namespace ({@code xmlns:xacro=...} is
 * usual, but any prefix may be bound): element names are matched against {@code prefix + ":"}.
 */
record XacroSource(Path file, String prefix) {
    static final String NAMESPACE = "http://www.ros.org/wiki/xacro";

    Path folder() {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** The xacro tag name of {@code element} ({@code macro} for {@code xacro:macro}), or null for other elements. */
    String xacroTag(String element) {
        return element.startsWith(prefix + ":") ? element.substring(prefix.length() + 1) : null;
    }
}
