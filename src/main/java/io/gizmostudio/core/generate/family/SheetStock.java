package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.MaterialKind;

/**
 * The sheet or board thickness furniture and appliance panels are made of, per material. Panels are modelled
 * as thin solid boxes, so the right thickness is what makes a steel cabinet weigh 50 kg rather than 500 kg.
 */
final class SheetStock {
    private SheetStock() {
    }

    /** Carcass panel thickness (m): 1.2 mm steel sheet, 16 mm wood board, and so on. */
    static double thickness(MaterialKind kind) {
        return switch (kind) {
            case STEEL -> 0.0012;
            case ALUMINIUM -> 0.002;
            case WOOD -> 0.016;
            case PLASTIC -> 0.004;
            case RUBBER -> 0.006;
        };
    }

    /** Back panels of wooden furniture are thin hardboard; sheet-metal backs are the same sheet. */
    static double backThickness(MaterialKind kind) {
        return kind == MaterialKind.WOOD ? 0.006 : thickness(kind);
    }

    /** Drawer tray walls are lighter stock than the carcass. */
    static double trayThickness(MaterialKind kind) {
        return kind == MaterialKind.WOOD ? 0.01 : thickness(kind) * 0.8;
    }

    /** Wall of pressed-metal frames (door jambs, hollow sections): 1.5 mm. */
    private static final double PROFILE_WALL = 0.0015;
    /** Core of a hollow metal door leaf (honeycomb or mineral board), kg per m³ of core. */
    private static final double CORE_DENSITY = 60;

    /**
     * Bulk density of a panel {@code thickness} thick: metal panels (doors, lids) are two skins of sheet over a light
     * core, so a 45 mm steel door leaf weighs about 22 kg/m², as hollow-metal doors do, not the 350 kg/m² of a
     * solid slab; wood, plastic and rubber panels are solid.
     */
    static double hollowPanelDensity(MaterialKind kind, double thickness) {
        if (kind != MaterialKind.STEEL && kind != MaterialKind.ALUMINIUM) {
            return kind.density();
        }
        double skins = Math.min(thickness, 2 * thickness(kind));
        return (skins * kind.density() + (thickness - skins) * CORE_DENSITY) / thickness;
    }

    /** Bulk density of a metal frame member {@code a} × {@code b} in section, pressed from sheet; other kinds solid. */
    static double profileDensity(MaterialKind kind, double a, double b) {
        if (kind != MaterialKind.STEEL && kind != MaterialKind.ALUMINIUM) {
            return kind.density();
        }
        double wallArea = Math.min(a * b, PROFILE_WALL * 2 * (a + b));
        return kind.density() * wallArea / (a * b);
    }
}
