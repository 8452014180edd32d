package io.gizmostudio.client;

import io.gizmostudio.api.Scene;

/**
 * What {@link ScenesResource#replacePlacements} got: the scene as saved, or word that the server has no
 * {@code PUT /v1/scenes/{id}/assets} (the cloud, an older engine), in which case the caller saves placement by
 * placement with add, update and remove instead.
 */
public sealed interface ReplacePlacementsResult {
    /** The server replaced the list; {@code scene} is the full scene it now holds. */
    record Replaced(Scene scene) implements ReplacePlacementsResult {
    }

    /** The server does not offer the route; nothing was changed. {@code status} is 404 or 405. */
    record NotSupported(int status, String code) implements ReplacePlacementsResult {
    }
}
