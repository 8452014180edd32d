package io.gizmostudio.ui.library;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop payload of an asset card: the asset id under {@code application/x-gizmo-asset-id} (what the
 * scene composer accepts) and as plain text (for any other drop target).
 */
public final class AssetDragFormat {
    public static final String MIME = "application/x-gizmo-asset-id";
    /** DataFormat may be constructed once per MIME type per JVM; look it up first. */
    public static final DataFormat ASSET_ID = DataFormat.lookupMimeType(MIME) != null
            ? DataFormat.lookupMimeType(MIME) : new DataFormat(MIME);

    private AssetDragFormat() {
    }

    public static ClipboardContent contentFor(String assetId) {
        ClipboardContent content = new ClipboardContent();
        content.put(ASSET_ID, assetId);
        content.putString(assetId);
        return content;
    }
}
