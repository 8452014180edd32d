package io.gizmostudio.ui.common;

import io.gizmostudio.api.ApiError;
import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import java.time.Instant;
import java.util.List;

/** Asset values for tests. */
public final class TestAssets {
    private TestAssets() {
    }

    public static Asset asset(String id, String name, AssetStatus status, Instant created, String... tags) {
        return new Asset(id, status, name, "a " + name, created, created,
                status == AssetStatus.READY ? List.of("mujoco_mjcf", "isaac_sim_urdf") : List.of(),
                List.of(tags), status == AssetStatus.READY ? 100 : null, null, null, null, null);
    }

    public static Asset ready(String id, String name) {
        return asset(id, name, AssetStatus.READY, Instant.parse("2026-01-01T00:00:00Z"));
    }

    public static Asset withStatus(Asset a, AssetStatus status, Integer progress) {
        return new Asset(a.id(), status, a.name(), a.prompt(), a.createdAt(), a.updatedAt(),
                status == AssetStatus.READY ? List.of("mujoco_mjcf") : List.of(), a.tags(), progress,
                null, null, a.params(), a.seed());
    }

    public static Asset failed(Asset a, String code, String message) {
        return new Asset(a.id(), AssetStatus.FAILED, a.name(), a.prompt(), a.createdAt(), a.updatedAt(), List.of(),
                a.tags(), null, new ApiError(code, message), null, a.params(), a.seed());
    }
}
