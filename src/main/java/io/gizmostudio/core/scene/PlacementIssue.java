package io.gizmostudio.core.scene;

/**
 * A problem the live checks found with one placement. {@code otherPlacementId} names the other placement of an
 * overlap (null for the other kinds); {@code amount} is metres (penetration depth, gap, or depth below the
 * floor); {@code message} names placements by id, which the ViewModel swaps for their names.
 */
public record PlacementIssue(String placementId, Kind kind, String otherPlacementId, double amount, String message) {

    public enum Kind { OVERLAP, FLOATING, BELOW_FLOOR }
}
