package io.gizmostudio.api;

/** An axis-aligned box in the asset frame, metres. */
public record BoundingBox(Position min, Position max) {
}
