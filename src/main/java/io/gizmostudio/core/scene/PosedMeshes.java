package io.gizmostudio.core.scene;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.ForwardKinematics;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Pose;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Tessellation;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import io.gizmostudio.core.model.Visual;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An articulation's visual geometry in one joint pose, merged into one mesh per colour in the articulation's root
 * frame: what a scene draws for a placement, so a placement costs a handful of draw calls however many links and
 * shapes its asset has. Round shapes get the given number of sides.
 */
public final class PosedMeshes {
    private PosedMeshes() {
    }

    /** Meshes by colour, in the order colours first appear (links in tree order, visuals in order). */
    public static Map<Rgba, TriangleMesh> of(Articulation a, Map<String, Double> jointPositions, int divisions) {
        Map<String, Pose> poses = ForwardKinematics.linkPoses(a, jointPositions);
        Map<Rgba, Merge> byColour = new LinkedHashMap<>();
        for (Link l : a.linksInTreeOrder()) {
            Pose link = poses.getOrDefault(l.name(), Pose.IDENTITY);
            for (Visual v : l.visuals()) {
                TriangleMesh m = Tessellation.of(v.geometry(), divisions);
                byColour.computeIfAbsent(v.material().color(), c -> new Merge()).add(m, link.compose(v.origin()));
            }
        }
        Map<Rgba, TriangleMesh> out = new LinkedHashMap<>();
        byColour.forEach((c, m) -> out.put(c, m.mesh("posed")));
        return out;
    }

    private static final class Merge {
        private double[] v = new double[0];
        private int[] t = new int[0];
        private int nv;
        private int nt;

        void add(TriangleMesh m, Pose pose) {
            double[] mv = m.vertices();
            int[] mt = m.triangles();
            int base = nv / 3;
            v = grow(v, nv + mv.length);
            t = grow(t, nt + mt.length);
            for (int i = 0; i < mv.length; i += 3) {
                Vec3 p = pose.transformPoint(new Vec3(mv[i], mv[i + 1], mv[i + 2]));
                v[nv++] = p.x();
                v[nv++] = p.y();
                v[nv++] = p.z();
            }
            for (int index : mt) {
                t[nt++] = base + index;
            }
        }

        TriangleMesh mesh(String name) {
            return new TriangleMesh(name, Arrays.copyOf(v, nv), Arrays.copyOf(t, nt));
        }

        private static double[] grow(double[] a, int need) {
            return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, 2 * a.length));
        }

        private static int[] grow(int[] a, int need) {
            return need <= a.length ? a : Arrays.copyOf(a, Math.max(need, 2 * a.length));
        }
    }
}
