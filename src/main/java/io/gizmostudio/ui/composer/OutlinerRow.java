package io.gizmostudio.ui.composer;

/** One outliner line: the placement's name, its asset's name, and what is wrong with it ("" when nothing). */
public record OutlinerRow(String placementId, String name, String assetName, String warnings) {
}
