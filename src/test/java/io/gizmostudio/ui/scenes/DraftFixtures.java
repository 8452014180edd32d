package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.scene.Mobility;
import io.gizmostudio.core.scene.Placement;
import io.gizmostudio.core.scene.SceneDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Scene documents and drafts for the draft tests, including nasty doubles. */
final class DraftFixtures {
    static final String BASE_URL = "http://127.0.0.1:47011";
    static final Instant T0 = Instant.parse("2025-03-14T14:02:07.123456789Z");

    private DraftFixtures() {
    }

    static SceneDocument workCell(int placements) {
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < placements; i++) {
            out.add(new Placement("p" + i, "asset-" + (i % 3), "Thing " + i,
                    new Pose(new Vec3(i * 0.5, -i * 0.25, 0.75), Quat.fromRpy(0, 0, i * 0.1)),
                    Map.of("joint_1", i * 0.01, "drawer", -0.0), i % 2 == 0 ? Mobility.FIXED : Mobility.FREE));
        }
        return new SceneDocument("Work cell", out);
    }

    static SceneDraft draft(DraftKey key, SceneDocument doc, Instant at) {
        return new SceneDraft(key, BASE_URL, "scn_1", doc, at, T0);
    }

    /** A double that is hard to print: specials, subnormals, tiny, huge, or raw random bits (always finite). */
    static double nastyDouble(Random r) {
        switch (r.nextInt(9)) {
            case 0:
                return -0.0;
            case 1:
                return Double.longBitsToDouble(r.nextLong() & 0x000F_FFFF_FFFF_FFFFL | 1L); // subnormal
            case 2:
                return Double.MIN_VALUE;
            case 3:
                return 1e-300 * (r.nextBoolean() ? 1 : -1);
            case 4:
                return Double.MAX_VALUE;
            case 5:
                return 0.1 + 0.2;
            default:
                while (true) {
                    double d = Double.longBitsToDouble(r.nextLong());
                    if (Double.isFinite(d)) {
                        return d;
                    }
                }
        }
    }

    /** A document whose every number is a {@link #nastyDouble}; the quaternion is not normalised on purpose. */
    static SceneDocument nastyDocument(Random r, int placements) {
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < placements; i++) {
            Map<String, Double> joints = new LinkedHashMap<>();
            for (int j = r.nextInt(4); j > 0; j--) {
                joints.put("j\u00e9" + j + (r.nextBoolean() ? "\"/\\" : ""), nastyDouble(r));
            }
            out.add(new Placement("p-" + i + "-" + r.nextInt(1000), "asset/" + r.nextInt(10), "Box \u2116" + i + " \"quoted\"",
                    new Pose(new Vec3(nastyDouble(r), nastyDouble(r), nastyDouble(r)),
                            new Quat(nastyDouble(r), nastyDouble(r), nastyDouble(r), nastyDouble(r))),
                    joints, r.nextBoolean() ? Mobility.FREE : Mobility.FIXED));
        }
        return new SceneDocument("Cell \u00fc\u2603 " + r.nextInt(), out);
    }

    /** Every double of a document as raw bits, in a fixed order: equal lists mean bit-exact equality. */
    static List<Long> bits(SceneDocument doc) {
        List<Long> out = new ArrayList<>();
        for (Placement p : doc.placements()) {
            Vec3 v = p.pose().position();
            Quat q = p.pose().rotation();
            for (double d : new double[] {v.x(), v.y(), v.z(), q.x(), q.y(), q.z(), q.w()}) {
                out.add(Double.doubleToRawLongBits(d));
            }
            p.jointPositions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.add(Double.doubleToRawLongBits(e.getValue())));
        }
        return out;
    }
}
