package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic sequence of composer edits for a seed: the crash test's child applies it, the parent replays it
 * to know exactly what edit {@code n} looked like. Edit n's scene is named "... (edit n)", so a restored document
 * says which edit it claims to be; the parent then compares it whole.
 */
final class DraftEditScript {
    static final DraftKey KEY = DraftKey.forScene(DraftFixtures.BASE_URL, "scn_crash");
    private final Random random;
    private SceneDocument current = DraftFixtures.workCell(30);
    private int step = -1;

    DraftEditScript(long seed) {
        random = new Random(seed);
    }

    /** Edit number {@code step() + 1}. */
    SceneDocument next() {
        step++;
        List<Placement> ps = current.placements();
        SceneDocument doc = switch (random.nextInt(5)) {
            case 0 -> ps.size() > 5 ? current.without(List.of(ps.get(random.nextInt(ps.size())).id())) : current;
            case 1 -> current.with(new Placement("new-" + step, "asset-" + random.nextInt(4), "Crate " + step,
                    pose(), Map.of(), Mobility.FREE));
            case 2 -> current.replaced(ps.get(random.nextInt(ps.size())).withJointPosition("joint_1",
                    DraftFixtures.nastyDouble(random) % 3));
            default -> current.replaced(ps.get(random.nextInt(ps.size())).withPose(pose()));
        };
        current = doc.renamed("Work cell (edit " + step + ")");
        return current;
    }

    int step() {
        return step;
    }

    SceneDraft draft(SceneDocument doc) {
        return new SceneDraft(KEY, DraftFixtures.BASE_URL, "scn_crash", doc, DraftFixtures.T0.plusMillis(step),
                DraftFixtures.T0);
    }

    /** The document of edit {@code n}, replayed from the start. */
    static SceneDocument edit(long seed, int n) {
        DraftEditScript script = new DraftEditScript(seed);
        SceneDocument doc = null;
        while (script.step() < n) {
            doc = script.next();
        }
        return doc;
    }

    /** The edit number a restored document claims to be. */
    static int stepOf(SceneDocument doc) {
        String name = doc.name();
        return Integer.parseInt(name.substring(name.lastIndexOf(' ') + 1, name.length() - 1));
    }

    private Pose pose() {
        double x = random.nextDouble() * 4 - 2;
        double y = random.nextDouble() * 4 - 2;
        return new Pose(new Vec3(x, y, random.nextBoolean() ? -0.0 : random.nextDouble()),
                Quat.fromAxisAngle(Vec3.UNIT_Z, random.nextDouble() * 7));
    }
}
