package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.format.NameTable;
import io.gizmostudio.core.format.mesh.MeshFiles;
import io.gizmostudio.core.format.xml.XmlText;
import io.gizmostudio.core.model.Articulation;
import io.gizmostudio.core.model.Collision;
import io.gizmostudio.core.model.Link;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Visual;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code <asset>} section: each distinct material and mesh once, in first-use order. */
final class MjcfAssets {
    private final Map<Material, String> materials = new LinkedHashMap<>();
    private final NameTable materialNames = new NameTable();
    private final MeshFiles meshes;

    MjcfAssets(MeshFiles meshes) {
        this.meshes = meshes;
    }

    /** Registers every material and mesh of {@code a} in the order the body tree will use them. */
    void register(Articulation a) {
        for (Link l : a.linksInTreeOrder()) {
            for (Visual v : l.visuals()) {
                material(v.material());
                if (v.geometry() instanceof TriangleMesh m) {
                    mesh(m);
                }
            }
            for (Collision c : l.collisions()) {
                if (c.geometry() instanceof TriangleMesh m) {
                    mesh(m);
                }
            }
        }
    }

    String material(Material m) {
        return materials.computeIfAbsent(m, k -> materialNames.fresh(k.name()));
    }

    String mesh(TriangleMesh m) {
        return meshes.name(m);
    }

    void write(XmlText xml) {
        if (materials.isEmpty() && meshes.registered().isEmpty()) {
            return;
        }
        xml.open("asset");
        for (Map.Entry<Material, String> e : materials.entrySet()) {
            Rgba c = e.getKey().color();
            xml.empty("material", "name", e.getValue(), "rgba", DecimalText.of(c.r(), c.g(), c.b(), c.a()));
        }
        for (TriangleMesh m : meshes.registered().keySet()) {
            xml.empty("mesh", "name", meshes.name(m), "file", meshes.path(m));
        }
        xml.close();
    }
}
