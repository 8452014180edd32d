package io.gizmostudio.core.scene;

import io.gizmostudio.core.generate.AssetGenerator;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Geometry;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.MassProperties;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Assets and random values shared by the scene tests: hand-built blocks and real generated furniture. */
final class SceneFixtures {
    private static final AssetGenerator GENERATOR = new AssetGenerator();

    private SceneFixtures() {
    }

    /** A one-link solid block of the given size standing on its root origin (bottom centre at 0). */
    static Articulation block(String name, double sx, double sy, double sz) {
        Geometry g = Geometry.Box.of(sx, sy, sz);
        Pose at = Pose.of(0, 0, sz / 2);
        Link body = new Link("body", List.of(), List.of(new Collision("body", g, at)), MassProperties.of(g, at, 500));
        return new Articulation(name, List.of(body), List.of());
    }

    static AssetShape blockShape(double sx, double sy, double sz) {
        return AssetShape.of(block("block", sx, sy, sz), Map.of());
    }

    /** A block's shape placed with its bottom centre at (x, y, z). */
    static PlacedShape blockAt(String id, double sx, double sy, double sz, double x, double y, double z) {
        return blockShape(sx, sy, sz).placedAt(id, Pose.of(x, y, z));
    }

    /** A generated asset (seed 7): "a table" is 0.8 × 1.2 × 0.75 m, top plus four legs, standing at z = 0. */
    static Articulation generated(String prompt) {
        return GENERATOR.generate(prompt, 7).articulation();
    }

    static AssetShape table() {
        return AssetShape.of(generated("a table"), Map.of());
    }

    static Placement placement(String id, Pose pose) {
        return new Placement(id, "asset-" + id, "Thing " + id, pose, Map.of(), Mobility.FIXED);
    }

    static Arbitrary<Quat> rotations() {
        Arbitrary<Double> c = Arbitraries.doubles().between(-1, 1);
        return Combinators.combine(c, c, c, c).as((x, y, z, w) -> new Quat(x, y, z, w))
                .filter(q -> q.norm() > 0.1).map(Quat::normalized);
    }

    static Arbitrary<Vec3> points(double range) {
        Arbitrary<Double> c = Arbitraries.doubles().between(-range, range);
        return Combinators.combine(c, c, c).as(Vec3::new);
    }

    static Arbitrary<Vec3> halfExtents() {
        Arbitrary<Double> c = Arbitraries.doubles().between(0.02, 1.0);
        return Combinators.combine(c, c, c).as(Vec3::new);
    }

    /** Boxes of 4 cm to 2 m with centres within 1.5 m of the origin, any orientation: often overlapping. */
    static Arbitrary<ShapeBox> boxes() {
        return Combinators.combine(points(1.5), rotations(), halfExtents())
                .as((p, q, h) -> new ShapeBox(new Pose(p, q), h));
    }
}
