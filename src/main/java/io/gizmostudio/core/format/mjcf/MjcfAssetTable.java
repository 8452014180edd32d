package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.mesh.MeshFileReader;
import io.gizmostudio.core.format.mesh.MeshLocator;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code <asset>} section of an MJCF model as the reader needs it: materials, meshes and height
 * fields by name, with mesh and height-field files resolved against {@code meshdir} (else
 * {@code assetdir}, else the model's folder) and read on first use, so a broken asset nobody uses
 * does not stop the model from opening.
 */
final class MjcfAssetTable {
    private final Map<String, Material> materials = new HashMap<>();
    private final Map<String, XmlElement> meshes = new HashMap<>();
    private final Map<String, TriangleMesh> loaded = new HashMap<>();
    private final Map<String, XmlElement> heightFields = new HashMap<>();
    private final Map<String, TriangleMesh> loadedHeightFields = new HashMap<>();
    /** Meshes by name whose file is not shown, and why. */
    private final Map<String, String> problems = new HashMap<>();
    private final MeshLocator locator;
    private final long maxTriangles;
    private final Path meshFolder;

    MjcfAssetTable(XmlElement mujoco, Path model, MjcfDefaults defaults, ReadOptions options) {
        this.locator = new MeshLocator(model, options);
        this.maxTriangles = options.maxMeshTriangles();
        Path folder = model.toAbsolutePath().getParent();
        String dir = null;
        for (XmlElement c : mujoco.children("compiler")) {
            dir = c.attribute("meshdir").orElse(c.attribute("assetdir").orElse(dir));
        }
        this.meshFolder = dir == null ? folder : folder.resolve(dir);
        for (XmlElement asset : mujoco.children("asset")) {
            for (XmlElement raw : asset.children()) {
                XmlElement a = defaults.resolve(raw, null);
                if (a.name().equals("material")) {
                    double[] c = a.numbers("rgba", 4);
                    materials.put(a.required("name"), new Material(a.required("name"),
                            c == null ? new Rgba(1, 1, 1, 1) : new Rgba(c[0], c[1], c[2], c[3])));
                } else if (a.name().equals("mesh")) {
                    String file = a.required("file");
                    String name = a.attribute("name").orElse(stem(file));
                    meshes.put(name, a);
                } else if (a.name().equals("hfield")) {
                    String name = a.attribute("name").or(() -> a.attribute("file").map(MjcfAssetTable::stem))
                            .orElseThrow(() -> a.error("a height field needs a name or a file"));
                    heightFields.put(name, a);
                }
            }
        }
    }

    Material material(XmlElement where, String name) {
        Material m = materials.get(name);
        if (m == null) {
            throw where.error("material '" + name + "' is not defined in <asset>");
        }
        return m;
    }

    /**
     * The mesh asset {@code name}, read on first use; null when its file is missing, outside the
     * {@link MeshLocator} boundary, over a limit or unreadable ({@link #problem} says why), so that the rest of
     * the model can be shown.
     */
    TriangleMesh mesh(XmlElement where, String name) {
        TriangleMesh known = loaded.get(name);
        if (known != null || problems.containsKey(name)) {
            return known;
        }
        XmlElement m = meshes.get(name);
        if (m == null) {
            throw where.error("mesh '" + name + "' is not defined in <asset>");
        }
        double[] scale = m.numbers("scale", 3);
        MeshLocator.Located file = locator.locate(m.required("file"), meshFolder);
        if (!file.found()) {
            problems.put(name, file.problem());
            return null;
        }
        try {
            TriangleMesh mesh = MeshFileReader.readColoured(file.file(), scale, maxTriangles).mesh();
            loaded.put(name, mesh);
            return mesh;
        } catch (RobotDescriptionException e) {
            problems.put(name, e.getMessage());
            return null;
        }
    }

    /** Why mesh asset {@code name} is not shown, or null when it is (or was never asked for). */
    String problem(String name) {
        return problems.get(name);
    }

    /** The file attribute of mesh asset {@code name}, as the model writes it. */
    String meshFile(String name) {
        XmlElement m = meshes.get(name);
        return m == null ? name : m.attribute("file").orElse(name);
    }

    /** The height field asset {@code name} as a mesh in the geom frame (see {@link MjcfHeightField}). */
    TriangleMesh heightField(XmlElement where, String name) {
        TriangleMesh known = loadedHeightFields.get(name);
        if (known != null) {
            return known;
        }
        XmlElement h = heightFields.get(name);
        if (h == null) {
            throw where.error("hfield '" + name + "' is not defined in <asset>");
        }
        TriangleMesh mesh = MjcfHeightField.read(h, "hfield_" + name, meshFolder, locator);
        loadedHeightFields.put(name, mesh);
        return mesh;
    }

    private static String stem(String file) {
        String n = file.substring(file.lastIndexOf('/') + 1);
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }
}
