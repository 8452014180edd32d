package io.gizmostudio.ui.shell;

/**
 * Where the main window was and how its panes were split, to restore at the next start. Divider positions are
 * fractions (0..1) of their split pane.
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           double libraryDivider, double previewDivider, double composerDivider, double detailsDivider) {
    // the preview gets half the width and two thirds of its column: a 3D view needs room to be useful
    public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, 1280, 800, false,
            0.28, 0.55, 0.78, 0.74);

    public WindowLayout {
        width = Math.max(640, width);
        height = Math.max(420, height);
        libraryDivider = fraction(libraryDivider, 0.28);
        previewDivider = fraction(previewDivider, 0.55);
        composerDivider = fraction(composerDivider, 0.78);
        detailsDivider = fraction(detailsDivider, 0.74);
    }

    /** Whether a position was saved (the first start lets the window system place it). */
    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    private static double fraction(double value, double fallback) {
        return Double.isNaN(value) || value <= 0.02 || value >= 0.98 ? fallback : value;
    }
}
