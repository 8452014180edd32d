package io.gizmostudio.ui.viewport;

import javafx.scene.paint.Color;
import javafx.scene.paint.Material;
import javafx.scene.paint.PhongMaterial;

/**
 * How a link is marked in the viewport: not at all, lightly while the pointer is over it, or strongly while
 * it is selected. A tint keeps the link's own colour recognisable and blends it towards the accent.
 */
enum LinkHighlight {
    NONE(null, 0),
    HOVERED(Color.rgb(120, 200, 255), 0.35),
    SELECTED(Color.rgb(40, 150, 255), 0.6);

    private final Color accent;
    private final double amount;

    LinkHighlight(Color accent, double amount) {
        this.accent = accent;
        this.amount = amount;
    }

    /** {@code own} as this highlight shows it; the material itself for NONE. */
    Material tint(Material own) {
        if (accent == null) {
            return own;
        }
        Color base = own instanceof PhongMaterial p ? p.getDiffuseColor() : Color.GRAY;
        PhongMaterial m = new PhongMaterial(base.interpolate(accent, amount));
        m.setSpecularColor(Color.gray(0.6));
        return m;
    }
}
