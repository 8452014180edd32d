package io.gizmostudio.ui.jobs;

import io.gizmostudio.api.Asset;

/** Hears about assets this app created or saw change, so the library can show them without reloading. */
public interface AssetChangeListener {

    /** A new asset was accepted by the server (usually pending). */
    void assetCreated(Asset asset);

    /** A newer state of an asset arrived (progress, ready, failed). */
    void assetChanged(Asset asset);
}
