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
 * triangle has a plain colour. The triangles are also split by colour into parts ({@link ColouredMesh#parts()}),
 * so a robot description can show each material group in its own colour.
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
        Map<XmlElement, ColladaGeometry> geometries = new HashMap<>();
        Map<Rgba, Double> areaByColour = new LinkedHashMap<>();
        DoubleList vertices = new DoubleList();
        IntList triangles = new IntList();
        List<Rgba> triangleColours = new ArrayList<>();
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
            Rgba[] colourBySymbol = colours(doc, materials, instance, g.symbols());
            int[] t = g.triangles();
            int[] symbols = g.triangleSymbols();
            for (int k = 0; k < t.length; k += 3) {
                int a = t[k], b = mirrored ? t[k + 2] : t[k + 1], c = mirrored ? t[k + 1] : t[k + 2];
                triangles.add(first + a);
                triangles.add(first + b);
                triangles.add(first + c);
                int symbol = symbols[k / 3];
                Rgba own = symbol >= 0 ? colourBySymbol[symbol] : null;
                triangleColours.add(own);
                if (own != null) {
                    areaByColour.merge(own, area(placed, a, b, c), Double::sum);
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
        return new ColouredMesh(whole, colour, parts(name, v, t, triangleColours));
    }

    /** The triangles split by colour, each part keeping only the vertices it uses; none when there is one colour. */
    private static List<ColouredMesh.Part> parts(String name, double[] v, int[] t, List<Rgba> triangleColours) {
        Map<Rgba, IntList> byColour = new LinkedHashMap<>(); // a null key holds the triangles without a colour
        for (int k = 0; k < triangleColours.size(); k++) {
            IntList part = byColour.computeIfAbsent(triangleColours.get(k), c -> new IntList());
            part.add(t[3 * k]);
            part.add(t[3 * k + 1]);
            part.add(t[3 * k + 2]);
        }
        if (byColour.size() < 2) {
            return List.of();
        }
        List<ColouredMesh.Part> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Rgba, IntList> e : byColour.entrySet()) {
            out.add(new ColouredMesh.Part(compacted(name + "_" + n++, v, e.getValue().toArray()), e.getKey()));
        }
        return out;
    }

    private static TriangleMesh compacted(String name, double[] v, int[] t) {
        int[] newIndex = new int[v.length / 3];
        java.util.Arrays.fill(newIndex, -1);
        DoubleList kept = new DoubleList();
        int[] out = new int[t.length];
        int used = 0;
        for (int k = 0; k < t.length; k++) {
            int i = t[k];
            if (newIndex[i] < 0) {
                newIndex[i] = used++;
                kept.add(v[3 * i]);
                kept.add(v[3 * i + 1]);
                kept.add(v[3 * i + 2]);
            }
            out[k] = newIndex[i];
        }
        return new TriangleMesh(name, kept.toArray(), out);
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

    private static Rgba[] colours(ColladaDocument doc, ColladaMaterials materials, ColladaScene.Instance instance, List<String> symbols) {
        Rgba[] out = new Rgba[symbols.size()];
        for (int i = 0; i < out.length; i++) {
            String symbol = symbols.get(i);
            XmlElement material = instance.materials().get(symbol);
            if (material == null) {
                XmlElement byId = doc.byId(symbol);
                material = byId != null && byId.name().equals("material") ? byId : null;
            }
            out[i] = material == null ? null : materials.colour(material).orElse(null);
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
