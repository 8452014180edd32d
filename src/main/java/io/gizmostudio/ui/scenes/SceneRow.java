package io.gizmostudio.ui.scenes;

import io.gizmostudio.api.Scene;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of the scene browser, as text the table shows. {@code placementCount} is null when the server does
 * not say (a server without the {@code placement_count} extension); {@code updated} falls back to the creation
 * time for servers that send no {@code updated_at}.
 */
public record SceneRow(String id, String name, Integer placementCount, String created, String updated) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public static SceneRow of(Scene scene, ZoneId zone) {
        Integer count = scene.placementCount();
        if (count == null && !scene.assets().isEmpty()) {
            // A full scene (just created, renamed or duplicated) says it through its placements.
            count = scene.assets().size();
        }
        Instant updated = scene.updatedAt() != null ? scene.updatedAt() : scene.createdAt();
        return new SceneRow(scene.id(), scene.name() == null ? scene.id() : scene.name(), count,
                format(scene.createdAt(), zone), format(updated, zone));
    }

    /** "3", or "—" when unknown. */
    public String placementsText() {
        return placementCount == null ? "—" : Integer.toString(placementCount);
    }

    /** "3 placements", "1 placement", or "its placements" when the count is unknown, for sentences. */
    public String placementsPhrase() {
        return PlacementPhrase.of(placementCount);
    }

    private static String format(Instant time, ZoneId zone) {
        return time == null ? "" : DATE.format(time.atZone(zone));
    }
}
