package io.gizmostudio.ui.viewport;

import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.paint.PhongMaterial;

/**
 * Meshes and materials shared by every drawing of the same asset: a scene that places one asset forty times
 * uploads its meshes once and keeps one material per colour. Keyed by the model's own mesh objects, so two
 * placements of one loaded articulation share, and a different asset never gets another's mesh. UI thread only.
 */
public final class SharedGeometry {
    /** Round shapes in a scene get 16 sides rather than the preview's 48: hundreds of them must stay interactive. */
    static final int DIVISIONS = 16;
    private final Map<TriangleMesh, javafx.scene.shape.TriangleMesh> meshes = new IdentityHashMap<>();
    private final Map<Rgba, PhongMaterial> materials = new HashMap<>();

    javafx.scene.shape.TriangleMesh mesh(TriangleMesh m) {
        return meshes.computeIfAbsent(m, GeometryNodes::fxMesh);
    }

    PhongMaterial material(Rgba colour) {
        return materials.computeIfAbsent(colour, GeometryNodes::material);
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
