package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.NameTable;
import io.gizmostudio.core.format.bundle.BundleEntry;
import io.gizmostudio.core.model.TriangleMesh;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mesh files of one export: each distinct {@link TriangleMesh} becomes one binary STL under
 * {@code meshes/}, named after the mesh (sanitised, made unique when two different meshes share a
 * name). The same mesh used by several links, or by several parts of a scene, is written once.
 */
public final class MeshFiles {
    static final String DIRECTORY = "meshes/";

    private final Map<TriangleMesh, String> names = new LinkedHashMap<>();
    private final NameTable table = new NameTable();

    /** The identifier of {@code mesh} (also its file's base name), registering it on first use. */
    public String name(TriangleMesh mesh) {
        return names.computeIfAbsent(mesh, m -> table.fresh(m.name()));
    }

    /** The bundle-relative path of {@code mesh}'s file, e.g. {@code meshes/bracket.stl}. */
    public String path(TriangleMesh mesh) {
        return DIRECTORY + name(mesh) + ".stl";
    }

    public Map<TriangleMesh, String> registered() {
        return names;
    }

    /** The mesh files in name order, ready to follow the entry file in a bundle. */
    public List<BundleEntry> entries() {
        List<BundleEntry> out = new ArrayList<>();
        for (TriangleMesh m : names.keySet()) {
            out.add(new BundleEntry(path(m), StlEncoder.encode(m)));
        }
        out.sort((x, y) -> x.path().compareTo(y.path()));
        return out;
    }
}
