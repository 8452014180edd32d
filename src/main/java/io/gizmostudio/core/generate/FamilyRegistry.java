package io.gizmostudio.core.generate;

import io.gizmostudio.core.generate.family.FurnitureFamilies;
import io.gizmostudio.core.generate.family.GantryBuilder;
import io.gizmostudio.core.generate.family.MobileBaseBuilder;
import io.gizmostudio.core.generate.family.PanTiltBuilder;
import io.gizmostudio.core.generate.family.ParallelGripperBuilder;
import io.gizmostudio.core.generate.family.RobotArmBuilder;
import io.gizmostudio.core.generate.family.ScaraBuilder;
import io.gizmostudio.core.generate.family.SuctionGripperBuilder;
import io.gizmostudio.core.generate.family.ThreeFingerGripperBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which {@link FamilyBuilder} builds each {@link Family}. Immutable. */
public final class FamilyRegistry {
    private final Map<Family, FamilyBuilder> builders = new EnumMap<>(Family.class);

    public FamilyRegistry(Collection<? extends FamilyBuilder> all) {
        for (FamilyBuilder b : all) {
            FamilyBuilder previous = builders.put(b.family(), b);
            if (previous != null) {
                throw new IllegalArgumentException("two builders for family " + b.family() + ": "
                        + previous.getClass().getSimpleName() + " and " + b.getClass().getSimpleName());
            }
        }
    }

    /** Every builder this engine ships. New families are added to this one list. */
    public static FamilyRegistry standard() {
        List<FamilyBuilder> all = new ArrayList<>(List.of(
                new RobotArmBuilder(),
                new ScaraBuilder(),
                new ParallelGripperBuilder(),
                new ThreeFingerGripperBuilder(),
                new SuctionGripperBuilder(),
                new MobileBaseBuilder(),
                new PanTiltBuilder(),
                new GantryBuilder()));
        all.addAll(FurnitureFamilies.all());
        return new FamilyRegistry(all);
    }

    /** This registry plus {@code more} (which must not repeat a family). */
    public FamilyRegistry with(Collection<? extends FamilyBuilder> more) {
        List<FamilyBuilder> all = new ArrayList<>(builders.values());
        all.addAll(more);
        return new FamilyRegistry(all);
    }

    public Optional<FamilyBuilder> builder(Family family) {
        return Optional.ofNullable(builders.get(family));
    }

    public Set<Family> families() {
        return Set.copyOf(builders.keySet());
    }
}
