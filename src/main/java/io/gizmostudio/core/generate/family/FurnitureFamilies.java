package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.FamilyBuilder;
import java.util.List;

/** The furniture, fixture and appliance families, for the generator's family registry. */
public final class FurnitureFamilies {
    private FurnitureFamilies() {
    }

    /** One builder per family, in a stable order. */
    public static List<FamilyBuilder> all() {
        return List.of(
                new CabinetFamily(),
                new TableFamily(),
                new ShelvingRackFamily(),
                new ConveyorFamily(),
                new DoorFamily(),
                new BoxFamily(),
                new TurntableFamily(),
                new LaptopFamily(),
                new DeskLampFamily(),
                new ValveWheelFamily(),
                new LeverFamily(),
                new MicrowaveFamily(),
                new OvenFamily(),
                new FridgeFamily(),
                new DishwasherFamily());
    }
}
