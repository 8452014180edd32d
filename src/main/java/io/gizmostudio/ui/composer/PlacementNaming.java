package io.gizmostudio.ui.composer;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Ids and names for new placements: ids {@code local-N} ({@link Placement#LOCAL_ID_PREFIX}) until the server gives its own, names unique in the scene
 * ("table", "table 2", …).
 */
final class PlacementNaming {
    private final Supplier<SceneDocument> document;
    private int nextId = 1;

    PlacementNaming(Supplier<SceneDocument> document) {
        this.document = document;
    }

    String newId() {
        String id;
        do {
            id = Placement.LOCAL_ID_PREFIX + nextId++;
        } while (document.get().find(id).isPresent());
        return id;
    }

    /** {@code base} if no placement has it, else "base 2", "base 3"… (a copy of "table 2" becomes "table 3"). */
    String uniqueName(String base, Set<String> alsoTaken) {
        Set<String> taken = new HashSet<>(alsoTaken);
        document.get().placements().forEach(p -> taken.add(p.name()));
        String stem = base.replaceFirst(" \\d+$", "");
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = stem + " " + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** New placements like {@code source}, shifted by {@code offset}, with new ids and names unique among themselves too. */
    List<Placement> copiesOf(List<Placement> source, Vec3 offset) {
        List<Placement> copies = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Placement p : source) {
            Placement c = copyOf(p, new Pose(p.pose().position().plus(offset), p.pose().rotation()), taken);
            taken.add(c.name());
            copies.add(c);
        }
        return copies;
    }

    /** rows of {@code poses} as copies of {@code source}. */
    List<Placement> copiesAt(Placement source, List<Pose> poses) {
        List<Placement> copies = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Pose pose : poses) {
            Placement c = copyOf(source, pose, taken);
            taken.add(c.name());
            copies.add(c);
        }
        return copies;
    }

    private Placement copyOf(Placement p, Pose pose, Set<String> alsoTaken) {
        return new Placement(newId(), p.assetId(), uniqueName(p.name(), alsoTaken), pose, p.jointPositions(), p.mobility());
    }
}
