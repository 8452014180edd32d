package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a COLLADA ({@code .dae}) mesh file, as URDF visuals reference them, into one {@link TriangleMesh}
 * in the file's root frame, in metres, with the file's dominant diffuse colour.
 *
 * <p>Every geometry instance of the visual scene ({@link ColladaScene}) is transformed by its node
 * transforms and merged; instances whose transform mirrors get their triangles turned round, so the
 * surface keeps facing outwards. Coordinates are multiplied by {@code <asset><unit meter>}.
 *
 * <p>{@code <asset><up_axis>} is deliberately ignored: the vertices are taken as link-frame
 * coordinates whatever the file says is up. This is what RViz shows: assimp (which RViz loads meshes
 * with) rotates non-Y_UP files onto Y-up at the scene root, and RViz's mesh loader resets that root
 * transform (ros-visualization/rviz#1045; MoveIt's geometric_shapes does the same, moveit/geometric_shapes#52),
 * while it does apply {@code <unit meter>} itself ({@code getMeshUnitRescale}). Published robot packages
 * are authored against RViz, so a Blender export marked Z_UP and a SolidWorks export marked Y_UP both
 * appear as their authors saw them.
 *
 * <p>The colour is the diffuse colour ({@link ColladaMaterials}) covering the largest surface area,
 * found through each primitive's material symbol and the instance's {@code <bind_material>} (or, when
 * an exporter left the binding out, a material whose id is the symbol itself); it is null when no
 * triangle has a plain colour. The triangles are also split by surface into parts ({@link ColouredMesh#parts()}),
 * so a robot description can show each material group in its own colour; a material whose diffuse is an image
 * texture ({@link ColladaImages}) gives its part the image, texture coordinates and the image's average colour.
 */
final class ColladaReader {
    private static final Logger LOG = LoggerFactory.getLogger(ColladaReader.class);

    private ColladaReader() {
    }

    static ColouredMesh read(Path file, String name, byte[] bytes) {
        ColladaDocument doc = ColladaDocument.parse(file, bytes);
        double metres = unit(doc);
        doc.root().child("asset").flatMap(a -> a.child("up_axis")).map(doc::text).map(String::trim)
                .filter(axis -> !axis.equals("Z_UP"))
                .ifPresent(axis -> LOG.debug("{}: up_axis {} ignored, as RViz does", file, axis));
        ColladaMaterials materials = new ColladaMaterials(doc);
        ColladaImages images = new ColladaImages(doc, file);
        Map<XmlElement, ColladaGeometry> geometries = new HashMap<>();
        Map<Rgba, Double> areaByColour = new LinkedHashMap<>();
        DoubleList vertices = new DoubleList();
        IntList triangles = new IntList();
        List<Surface> triangleSurfaces = new ArrayList<>();
        DoubleList cornerTexCoords = new DoubleList();
        for (ColladaScene.Instance instance : ColladaScene.instances(doc)) {
            ColladaGeometry g = geometries.computeIfAbsent(instance.geometry(), e -> ColladaGeometry.read(doc, e));
            ColladaTransform toMetres = ColladaTransform.scaling(metres, metres, metres).times(instance.transform());
            int first = vertices.size() / 3;
            double[] p = g.positions();
            double[] placed = new double[p.length];
            for (int i = 0; i < p.length; i += 3) {
                toMetres.apply(p[i], p[i + 1], p[i + 2], placed, i);
            }
            for (double d : placed) {
                vertices.add(d);
            }
            boolean mirrored = toMetres.determinant() < 0;
            Surface[] surfaceBySymbol = surfaces(doc, materials, images, instance, g.symbols());
            int[] t = g.triangles();
            double[] uv = g.cornerTexCoords();
            int[] symbols = g.triangleSymbols();
            for (int k = 0; k < t.length; k += 3) {
                int kb = mirrored ? k + 2 : k + 1, kc = mirrored ? k + 1 : k + 2;
                int a = t[k], b = t[kb], c = t[kc];
                triangles.add(first + a);
                triangles.add(first + b);
                triangles.add(first + c);
                for (int corner : new int[] {k, kb, kc}) {
                    cornerTexCoords.add(uv[2 * corner]);
                    cornerTexCoords.add(uv[2 * corner + 1]);
                }
                int symbol = symbols[k / 3];
                Surface own = symbol >= 0 ? surfaceBySymbol[symbol] : Surface.NONE;
                triangleSurfaces.add(own);
                if (own.colour() != null && own.image() == null) {
                    areaByColour.merge(own.colour(), area(placed, a, b, c), Double::sum);
                }
            }
        }
        if (triangles.size() == 0) {
            throw doc.root().error("the COLLADA file has no triangles in its visual scene");
        }
        Rgba colour = null;
        double best = -1;
        for (Map.Entry<Rgba, Double> e : areaByColour.entrySet()) {
            if (e.getValue() > best) { // strict: on a tie the colour met first wins
                best = e.getValue();
                colour = e.getKey();
            }
        }
        double[] v = vertices.toArray();
        int[] t = triangles.toArray();
        TriangleMesh whole = new TriangleMesh(name, v, t);
        return new ColouredMesh(whole, colour, parts(name, v, t, cornerTexCoords.toArray(), triangleSurfaces));
    }

    /** What a material gives a triangle group: a plain colour, or an image with its average colour; both may be null. */
    private record Surface(Rgba colour, ColladaImages.Image image) {
        static final Surface NONE = new Surface(null, null);
    }

    /**
     * The triangles split by surface, each part keeping only the vertices it uses (a textured part one vertex
     * per distinct position and texture coordinate pair); none when the whole file is one plain surface.
     */
    private static List<ColouredMesh.Part> parts(String name, double[] v, int[] t, double[] uv, List<Surface> triangleSurfaces) {
        Map<Surface, IntList> bySurface = new LinkedHashMap<>();
        for (int k = 0; k < triangleSurfaces.size(); k++) {
            IntList part = bySurface.computeIfAbsent(triangleSurfaces.get(k), c -> new IntList());
            part.add(k);
        }
        if (bySurface.size() < 2 && bySurface.keySet().stream().allMatch(s -> s.image() == null)) {
            return List.of();
        }
        List<ColouredMesh.Part> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Surface, IntList> e : bySurface.entrySet()) {
            String partName = bySurface.size() == 1 ? name : name + "_" + n++;
            int[] tris = e.getValue().toArray();
            ColladaImages.Image image = e.getKey().image();
            boolean textured = image != null && hasTexCoords(uv, tris);
            if (image != null && !textured) {
                LOG.warn("{}: a surface showing {} has no texture coordinates; it is shown in the image's average colour",
                        name, image.texture().name());
            }
            out.add(new ColouredMesh.Part(compacted(partName, v, t, textured ? uv : null, tris),
                    image != null ? image.average() : e.getKey().colour(), textured ? image.texture() : null));
        }
        return out;
    }

    private static boolean hasTexCoords(double[] uv, int[] tris) {
        for (int k : tris) {
            for (int i = 6 * k; i < 6 * k + 6; i++) {
                if (Double.isNaN(uv[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The triangles {@code tris} of {@code t} with their own vertices; with {@code uv}, one per position and s, t. */
    private static TriangleMesh compacted(String name, double[] v, int[] t, double[] uv, int[] tris) {
        if (uv == null) {
            return compacted(name, v, t, tris);
        }
        Map<Corner, Integer> newIndex = new HashMap<>();
        DoubleList kept = new DoubleList();
        DoubleList keptUv = new DoubleList();
        int[] out = new int[3 * tris.length];
        for (int j = 0; j < tris.length; j++) {
            for (int c = 0; c < 3; c++) {
                int corner = 3 * tris[j] + c;
                int i = t[corner];
                Corner key = new Corner(i, uv[2 * corner], uv[2 * corner + 1]);
                Integer index = newIndex.get(key);
                if (index == null) {
                    index = newIndex.size();
                    newIndex.put(key, index);
                    kept.add(v[3 * i]);
                    kept.add(v[3 * i + 1]);
                    kept.add(v[3 * i + 2]);
                    keptUv.add(key.s());
                    keptUv.add(key.t());
                }
                out[3 * j + c] = index;
            }
        }
        return new TriangleMesh(name, kept.toArray(), out, keptUv.toArray());
    }

    private static TriangleMesh compacted(String name, double[] v, int[] t, int[] tris) {
        int[] newIndex = new int[v.length / 3];
        java.util.Arrays.fill(newIndex, -1);
        DoubleList kept = new DoubleList();
        int[] out = new int[3 * tris.length];
        int used = 0;
        for (int j = 0; j < tris.length; j++) {
            for (int c = 0; c < 3; c++) {
                int i = t[3 * tris[j] + c];
                if (newIndex[i] < 0) {
                    newIndex[i] = used++;
                    kept.add(v[3 * i]);
                    kept.add(v[3 * i + 1]);
                    kept.add(v[3 * i + 2]);
                }
                out[3 * j + c] = newIndex[i];
            }
        }
        return new TriangleMesh(name, kept.toArray(), out);
    }

    private record Corner(int position, double s, double t) {
    }

    private static double unit(ColladaDocument doc) {
        Optional<XmlElement> unit = doc.root().child("asset").flatMap(a -> a.child("unit"));
        if (unit.isEmpty()) {
            return 1;
        }
        double metres = unit.get().number("meter", 1);
        if (!(metres > 0)) {
            throw unit.get().error("the unit must be a positive number of metres, not " + unit.get().required("meter"));
        }
        return metres;
    }

    private static Surface[] surfaces(ColladaDocument doc, ColladaMaterials materials, ColladaImages images,
                                      ColladaScene.Instance instance, List<String> symbols) {
        Surface[] out = new Surface[symbols.size()];
        for (int i = 0; i < out.length; i++) {
            String symbol = symbols.get(i);
            XmlElement material = instance.materials().get(symbol);
            if (material == null) {
                XmlElement byId = doc.byId(symbol);
                material = byId != null && byId.name().equals("material") ? byId : null;
            }
            if (material == null) {
                out[i] = Surface.NONE;
            } else {
                ColladaImages.Image image = materials.image(material).flatMap(images::image).orElse(null);
                out[i] = new Surface(materials.colour(material).orElse(null), image);
            }
        }
        return out;
    }

    private static double area(double[] v, int a, int b, int c) {
        double ux = v[3 * b] - v[3 * a], uy = v[3 * b + 1] - v[3 * a + 1], uz = v[3 * b + 2] - v[3 * a + 2];
        double wx = v[3 * c] - v[3 * a], wy = v[3 * c + 1] - v[3 * a + 1], wz = v[3 * c + 2] - v[3 * a + 2];
        double x = uy * wz - uz * wy, y = uz * wx - ux * wz, z = ux * wy - uy * wx;
        return 0.5 * Math.sqrt(x * x + y * y + z * z);
    }
}
