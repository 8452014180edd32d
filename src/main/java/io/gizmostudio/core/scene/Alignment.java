package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Vec3;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Align and distribute placements by their world bounds along a scene axis. Each returns the new pose of every
 * placement given (moved or not), by placement id in the order given; only the position's component on the axis
 * changes. A placement without bounds (missing or empty) is treated as a point at its pose's position.
 */
public final class Alignment {
    public enum Axis {
        X, Y, Z;

        double of(Vec3 v) {
            return switch (this) {
                case X -> v.x();
                case Y -> v.y();
                case Z -> v.z();
            };
        }

        Vec3 unit() {
            return switch (this) {
                case X -> Vec3.UNIT_X;
                case Y -> Vec3.UNIT_Y;
                case Z -> Vec3.UNIT_Z;
            };
        }
    }

    public enum Edge { MIN, CENTER, MAX }

    private Alignment() {
    }

    /** Moves each so its bounds' edge on {@code axis} matches the first placement's (the anchor, which stays). */
    public static Map<String, Pose> align(List<Placement> placements, Map<String, Aabb> worldBounds, Axis axis, Edge edge) {
        Map<String, Pose> out = new LinkedHashMap<>();
        if (placements.isEmpty()) {
            return out;
        }
        double target = edge(placements.get(0), worldBounds, axis, edge);
        for (Placement p : placements) {
            out.put(p.id(), moved(p.pose(), axis, target - edge(p, worldBounds, axis, edge)));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Keeps the two outermost (by bounds centre on {@code axis}) still and spaces the centres of the rest evenly
     * between them, in their current order along the axis (ties keep the order given). Fewer than 3: unchanged.
     */
    public static Map<String, Pose> distribute(List<Placement> placements, Map<String, Aabb> worldBounds, Axis axis) {
        Map<String, Pose> out = new LinkedHashMap<>();
        placements.forEach(p -> out.put(p.id(), p.pose()));
        if (placements.size() < 3) {
            return Collections.unmodifiableMap(out);
        }
        List<Placement> sorted = new ArrayList<>(placements);
        sorted.sort(Comparator.comparingDouble(p -> edge(p, worldBounds, axis, Edge.CENTER)));
        double first = edge(sorted.get(0), worldBounds, axis, Edge.CENTER);
        double last = edge(sorted.get(sorted.size() - 1), worldBounds, axis, Edge.CENTER);
        double gap = (last - first) / (sorted.size() - 1);
        for (int i = 1; i < sorted.size() - 1; i++) {
            Placement p = sorted.get(i);
            double target = first + i * gap;
            out.put(p.id(), moved(p.pose(), axis, target - edge(p, worldBounds, axis, Edge.CENTER)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static double edge(Placement p, Map<String, Aabb> worldBounds, Axis axis, Edge edge) {
        Aabb b = worldBounds.get(p.id());
        if (b == null || b.isEmpty()) {
            return axis.of(p.pose().position());
        }
        return switch (edge) {
            case MIN -> axis.of(b.min());
            case CENTER -> axis.of(b.center());
            case MAX -> axis.of(b.max());
        };
    }

    private static Pose moved(Pose pose, Axis axis, double delta) {
        return delta == 0 ? pose : new Pose(pose.position().plus(axis.unit().times(delta)), pose.rotation());
    }
}
