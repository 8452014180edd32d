package io.gizmostudio.ui.shell;

/**
 * Where the main window was, how its panes were split and which were shown, to restore at the next start. Divider
 * positions are fractions (0..1) of their split pane: library | composer | preview across the window, the composer
 * over the job panel, the preview over the details, the canvas beside the scene panel, the outliner over the
 * inspector.
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double libraryDivider, double previewDivider, double composerDivider, double detailsDivider,
                           double scenePanelDivider, double inspectorDivider,
                           boolean libraryShown, boolean previewShown, boolean scenePanelShown) {
    // At 1280 × 800 the composer's canvas is the largest pane; library and preview keep enough to stay usable.
    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, 1280, 800, false,
            0.22, 0.74, 0.86, 0.72, 0.68, 0.5, true, true, true);

    public WindowLayout {
        width = Math.max(640, width);
        height = Math.max(420, height);
        libraryDivider = fraction(libraryDivider, 0.22);
        previewDivider = fraction(previewDivider, 0.74);
        composerDivider = fraction(composerDivider, 0.86);
        detailsDivider = fraction(detailsDivider, 0.72);
        scenePanelDivider = fraction(scenePanelDivider, 0.68);
        inspectorDivider = fraction(inspectorDivider, 0.5);
    }

    /** Whether a position was saved (the first start lets the window system place it). */
    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    private static double fraction(double value, double fallback) {
        return Double.isNaN(value) || value <= 0.02 || value >= 0.98 ? fallback : value;
    }
}
