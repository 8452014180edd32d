package io.gizmostudio.ui.library;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        return from(serverMessage, List.of());
    }

    /** {@code sceneNames}: the scenes found to place the asset, which win over what the message says. */
    static String from(String serverMessage, List<String> sceneNames) {
        if (!sceneNames.isEmpty()) {
            String quoted = sceneNames.stream().limit(3).map(n -> "“" + n + "”").collect(Collectors.joining(", "));
            String more = sceneNames.size() > 3 ? " and " + (sceneNames.size() - 3) + " more" : "";
            return sceneNames.size() == 1
                    ? "Still used in scene " + quoted + " — remove it from the scene first."
                    : "Still used in scenes " + quoted + more + " — remove it from those scenes first.";
        }
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
