package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import java.util.List;

/** An asset shape moved into the scene frame by a placement's pose. {@code worldBounds} = bounds of {@code worldBoxes}. */
public record PlacedShape(String placementId, List<ShapeBox> worldBoxes, Aabb worldBounds) {

    public PlacedShape {
        if (placementId == null || worldBoxes == null || worldBounds == null) {
            throw new IllegalArgumentException("placed shape needs a placement id, boxes and bounds");
        }
        worldBoxes = List.copyOf(worldBoxes);
    }

    /** A placed shape whose bounds are computed from its boxes. */
    public static PlacedShape of(String placementId, List<ShapeBox> worldBoxes) {
        return new PlacedShape(placementId, worldBoxes, ShapeBox.boundsOf(worldBoxes));
    }

    public boolean isEmpty() {
        return worldBoxes.isEmpty();
    }
}
