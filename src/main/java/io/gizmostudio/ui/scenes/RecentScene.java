package io.gizmostudio.ui.scenes;

/** A scene the user opened lately: its id, and its name as it was then (for the menu). */
public record RecentScene(String id, String name) {
}
