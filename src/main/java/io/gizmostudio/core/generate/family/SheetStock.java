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
}
