package io.gizmostudio.api;

/** Size of a ready asset: counts, total mass and bounds. */
public record AssetStats(int links, int joints, int dof, double massKg, BoundingBox bbox) {
}
