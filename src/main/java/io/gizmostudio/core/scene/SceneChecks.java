package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Aabb;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Live checks the composer runs after every edit: placements that interpenetrate, float, or sink into the
 * floor. Tolerances: overlap 0.002 m penetration (touching is fine); support gap 0.005 m.
 */
public final class SceneChecks {
    public static final double OVERLAP_TOLERANCE = 0.002;
    public static final double SUPPORT_TOLERANCE = 0.005;

    private SceneChecks() {
    }

    /**
     * Issues for every placement, in the order of {@code shapes}: first its overlaps (in the order of the other
     * shapes), then its support issue if any.
     * <ul>
     * <li>Overlap: every pair whose world boxes interpenetrate by more than 0.002 m gets one issue on each,
     *     kind OVERLAP, amount = the deepest box-pair penetration, message "overlaps &lt;other id&gt;".</li>
     * <li>Support: bottom = worldBounds.min.z, support = {@link SurfaceDrop#supportBelow}. bottom &lt; -0.005 →
     *     BELOW_FLOOR ("sinks 0.120 m below the floor"); else bottom − support &gt; 0.005 → FLOATING
     *     ("floats 0.050 m above its support"). Resting on another placement's box is fine.</li>
     * </ul>
     * Shapes without boxes have no issues.
     */
    public static List<PlacementIssue> run(List<PlacedShape> shapes) {
        double[][] depth = overlapDepths(shapes);
        List<PlacementIssue> out = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            PlacedShape shape = shapes.get(i);
            for (int j = 0; j < shapes.size(); j++) {
                if (depth[i] != null && depth[i][j] > OVERLAP_TOLERANCE) {
                    String other = shapes.get(j).placementId();
                    out.add(new PlacementIssue(shape.placementId(), PlacementIssue.Kind.OVERLAP, other, depth[i][j],
                            "overlaps " + other));
                }
            }
            if (!shape.isEmpty()) {
                support(shape, shapes).ifPresent(out::add);
            }
        }
        return List.copyOf(out);
    }

    /**
     * Penetration depth per pair (rows null for shapes overlapping nothing), found by sort-and-sweep on the
     * bounds' x so that only pairs whose bounds meet reach the 15-axis test.
     */
    private static double[][] overlapDepths(List<PlacedShape> shapes) {
        int n = shapes.size();
        double[][] depth = new double[n][];
        BoxFrame[][] frames = new BoxFrame[n][];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!shapes.get(i).isEmpty()) {
                order.add(i);
                frames[i] = shapes.get(i).worldBoxes().stream().map(BoxFrame::new).toArray(BoxFrame[]::new);
            }
        }
        order.sort(Comparator.comparingDouble(i -> shapes.get(i).worldBounds().min().x()));
        for (int a = 0; a < order.size(); a++) {
            int i = order.get(a);
            Aabb bi = shapes.get(i).worldBounds();
            for (int b = a + 1; b < order.size(); b++) {
                int j = order.get(b);
                Aabb bj = shapes.get(j).worldBounds();
                if (bj.min().x() >= bi.max().x()) {
                    break; // sorted by min x: no later shape reaches into this one either
                }
                if (!boundsMeet(bi, bj)) {
                    continue;
                }
                double d = deepest(frames[i], frames[j]);
                if (d > OVERLAP_TOLERANCE) {
                    row(depth, i, n)[j] = d;
                    row(depth, j, n)[i] = d;
                }
            }
        }
        return depth;
    }

    private static double[] row(double[][] depth, int i, int n) {
        if (depth[i] == null) {
            depth[i] = new double[n];
        }
        return depth[i];
    }

    /**
     * Bounds that share volume on y and z (x is the sweep's job). Not "by more than the tolerance": a 1 mm sheet
     * piercing a box shares only 1 mm of bounds with it along the sheet's normal but penetrates it deeply.
     */
    private static boolean boundsMeet(Aabb a, Aabb b) {
        return Math.min(a.max().y(), b.max().y()) > Math.max(a.min().y(), b.min().y())
                && Math.min(a.max().z(), b.max().z()) > Math.max(a.min().z(), b.min().z());
    }

    /**
     * The deepest penetration of any box of {@code a} into any box of {@code b}, exact when it exceeds the
     * overlap tolerance (box pairs that cannot beat the deepest so far stop at their first shallow axis).
     */
    private static double deepest(BoxFrame[] a, BoxFrame[] b) {
        double best = Double.NEGATIVE_INFINITY;
        for (BoxFrame x : a) {
            for (BoxFrame y : b) {
                if (!boundsMeetAlongX(x.bounds, y.bounds) || !boundsMeet(x.bounds, y.bounds)) {
                    continue;
                }
                best = Math.max(best, x.penetration(y, Math.max(best, OVERLAP_TOLERANCE)));
            }
        }
        return best;
    }

    private static boolean boundsMeetAlongX(Aabb a, Aabb b) {
        return Math.min(a.max().x(), b.max().x()) > Math.max(a.min().x(), b.min().x());
    }

    private static Optional<PlacementIssue> support(PlacedShape shape, List<PlacedShape> shapes) {
        double bottom = shape.worldBounds().min().z();
        if (bottom < -SUPPORT_TOLERANCE) {
            return Optional.of(new PlacementIssue(shape.placementId(), PlacementIssue.Kind.BELOW_FLOOR, null,
                    -bottom, String.format(Locale.ROOT, "sinks %.3f m below the floor", -bottom)));
        }
        double gap = bottom - SurfaceDrop.supportBelow(shape, shapes);
        if (gap > SUPPORT_TOLERANCE) {
            return Optional.of(new PlacementIssue(shape.placementId(), PlacementIssue.Kind.FLOATING, null,
                    gap, String.format(Locale.ROOT, "floats %.3f m above its support", gap)));
        }
        return Optional.empty();
    }
}
