package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;
import io.gizmostudio.core.generate.MaterialKind;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Rgba;

/**
 * The look and build shared by kitchen appliances: a white enamelled sheet-steel shell unless the prompt
 * names a colour or material, dark handles, dark glass, chrome racks.
 */
final class AppliancePalette {
    static final Rgba WHITE = Rgba.hex("#f2f2f0");
    static final Rgba HANDLE = Rgba.hex("#2b2b2b");
    static final Rgba GLASS = Rgba.hex("#1a1f24");
    static final Rgba CHROME = Rgba.hex("#c8ccd0");
    static final MaterialKind SHELL = MaterialKind.STEEL;

    private AppliancePalette() {
    }

    static MaterialKind shellKind(AssetSpec spec) {
        return spec.materialOr(SHELL);
    }

    static Rgba shellColor(AssetSpec spec) {
        return spec.colorOr(WHITE);
    }

    /** Door material: named after the shell so writers show one paint. */
    static Material doorMaterial(AssetSpec spec) {
        Rgba c = shellColor(spec);
        return new Material("appliance_door_" + Math.round(c.r() * 255) + "_" + Math.round(c.g() * 255) + "_"
                + Math.round(c.b() * 255), c);
    }

    static Material glass() {
        return new Material("appliance_glass", GLASS);
    }
}
