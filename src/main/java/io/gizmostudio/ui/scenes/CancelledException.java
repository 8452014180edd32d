package io.gizmostudio.ui.scenes;

/** The user cancelled the export; whatever was half done has been or will be removed. */
final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CancelledException() {
        super("Export cancelled.");
    }
}
