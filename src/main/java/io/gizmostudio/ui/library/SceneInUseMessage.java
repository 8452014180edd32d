package io.gizmostudio.ui.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The message for a refused delete (409 {@code asset_in_use}): names the scene when the server's message does,
 * and says what to do.
 */
final class SceneInUseMessage {
    private static final Pattern QUOTED = Pattern.compile("[\"“'‘]([^\"”'’]{1,200})[\"”'’]");
    private static final Pattern SCENE_ID = Pattern.compile("\\b(scn_[0-9A-Za-z]+)\\b");

    private SceneInUseMessage() {
    }

    static String from(String serverMessage) {
        return "Still used in " + sceneOf(serverMessage) + " — remove it from the scene first.";
    }

    private static String sceneOf(String serverMessage) {
        if (serverMessage == null) {
            return "a scene";
        }
        Matcher quoted = QUOTED.matcher(serverMessage);
        if (quoted.find()) {
            return "scene “" + quoted.group(1) + "”";
        }
        Matcher id = SCENE_ID.matcher(serverMessage);
        return id.find() ? "scene " + id.group(1) : "a scene";
    }
}
