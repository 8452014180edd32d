package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.scene.PosedMeshes;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.paint.Material;
import javafx.scene.paint.PhongMaterial;

/**
 * Meshes and materials shared by every drawing of the same asset: a scene that places one asset forty times
 * uploads its meshes once and keeps one material per colour. Keyed by the model's own mesh objects, so two
 * placements of one loaded articulation share, and a different asset never gets another's mesh. UI thread only.
 */
public final class SharedGeometry {
    /** Round shapes in a scene get 12 sides rather than the preview's 48: hundreds of them must stay interactive under software OpenGL. */
    static final int DIVISIONS = 12;
    private static final int POSES_KEPT = 32;
    private final Map<TriangleMesh, javafx.scene.shape.TriangleMesh> meshes = new IdentityHashMap<>();
    private final Map<Rgba, PhongMaterial> materials = new HashMap<>();
    private final Map<Rgba, Material> selectedMaterials = new HashMap<>();
    private final Map<Articulation, Map<Map<String, Double>, Map<Rgba, javafx.scene.shape.TriangleMesh>>> posed = new IdentityHashMap<>();
    private long posedTriangles;

    javafx.scene.shape.TriangleMesh mesh(TriangleMesh m) {
        return meshes.computeIfAbsent(m, GeometryNodes::fxMesh);
    }

    PhongMaterial material(Rgba colour) {
        return materials.computeIfAbsent(colour, GeometryNodes::material);
    }

    /**
     * The articulation's visual geometry in this joint pose as one JavaFX mesh per colour (root frame), built once per
     * asset and pose and shared by every placement showing it. The last {@value #POSES_KEPT} poses of each asset are
     * kept, so moving a slider does not hold every step.
     */
    public Map<Rgba, javafx.scene.shape.TriangleMesh> posed(Articulation a, Map<String, Double> jointPositions) {
        Map<Map<String, Double>, Map<Rgba, javafx.scene.shape.TriangleMesh>> poses = posed.computeIfAbsent(a,
                k -> new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Map<String, Double>, Map<Rgba, javafx.scene.shape.TriangleMesh>> e) {
                        return size() > POSES_KEPT;
                    }
                });
        return poses.computeIfAbsent(Map.copyOf(jointPositions), q -> {
            Map<Rgba, javafx.scene.shape.TriangleMesh> out = new LinkedHashMap<>();
            PosedMeshes.of(a, q, DIVISIONS).forEach((colour, m) -> {
                out.put(colour, GeometryNodes.fxMesh(m));
                posedTriangles += m.triangleCount();
            });
            return Collections.unmodifiableMap(out);
        });
    }

    /** The colour's material, or its selected tint. */
    public Material material(Rgba colour, boolean selected) {
        PhongMaterial own = material(colour);
        return selected ? selectedMaterials.computeIfAbsent(colour, c -> LinkHighlight.SELECTED.tint(own)) : own;
    }

    /** Triangles of every posed mesh built so far (each counted once however often it is drawn). */
    public long posedTriangles() {
        return posedTriangles;
    }

    /** How many distinct meshes have been built, for tests and the benchmark. */
    public int meshCount() {
        return meshes.size();
    }

    /** Triangles across the distinct meshes (each counted once however often it is drawn). */
    public long distinctTriangles() {
        return meshes.keySet().stream().mapToLong(m -> m.triangles().length / 3).sum();
    }
}
