package io.gizmostudio.ui.library;

import io.gizmostudio.api.Asset;
import io.gizmostudio.api.AssetStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What one library card shows for an asset, as plain text and numbers; the cell only lays it out.
 *
 * @param progress 0..1 while pending/processing with a known progress, -1 for "unknown", NaN when no bar is shown
 */
public record AssetCard(String id, String name, String prompt, String tags, String created, AssetStatus status,
                        String badge, double progress, String failure) {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public static AssetCard of(Asset asset, ZoneId zone) {
        String tagText = asset.tags().isEmpty() ? "" : "#" + String.join("  #", asset.tags());
        String created = asset.createdAt() == null ? "" : CREATED.format(asset.createdAt().atZone(zone));
        return new AssetCard(asset.id(), asset.name() == null ? asset.id() : asset.name(),
                asset.prompt() == null ? "" : asset.prompt(), tagText, created, asset.status(),
                asset.status().wireName(), progressOf(asset), failureOf(asset));
    }

    /** Whether the card shows a progress bar. */
    public boolean showsProgress() {
        return !Double.isNaN(progress);
    }

    private static double progressOf(Asset asset) {
        if (asset.status().isTerminal()) {
            return Double.NaN;
        }
        return asset.progress() == null ? -1 : Math.max(0, Math.min(100, asset.progress())) / 100.0;
    }

    private static String failureOf(Asset asset) {
        if (asset.status() != AssetStatus.FAILED) {
            return "";
        }
        return asset.error() != null && asset.error().message() != null ? asset.error().message() : "Generation failed.";
    }
}
