package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the node tree of a COLLADA file's visual scene and lists every geometry instance with its
 * transform into the scene root and its material bindings. The scene is the one
 * {@code <scene><instance_visual_scene>} names, else the first {@code <visual_scene>}; a file with
 * neither shows each geometry of {@code <library_geometries>} once, untransformed.
 * A node's {@code <matrix>}, {@code <translate>}, {@code <rotate>} and {@code <scale>} compose in
 * document order; {@code <instance_node>} places a {@code <library_nodes>} node in the instancing
 * node's frame; {@code <instance_controller>} shows a skinned mesh in its bind pose. {@code <lookat>}
 * and {@code <skew>} are refused (no exporter of robot meshes writes them).
 */
final class ColladaScene {
    /**
     * One placed geometry.
     *
     * @param geometry  the {@code <geometry>} element
     * @param transform from the geometry's frame to the scene root
     * @param materials material symbol → {@code <material>} element, from {@code <bind_material>}
     */
    record Instance(XmlElement geometry, ColladaTransform transform, Map<String, XmlElement> materials) {
    }

    private final ColladaDocument doc;
    private final List<Instance> instances = new ArrayList<>();
    private final Set<XmlElement> open = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private ColladaScene(ColladaDocument doc) {
        this.doc = doc;
    }

    /** The geometry instances of {@code doc} in document order. */
    static List<Instance> instances(ColladaDocument doc) {
        ColladaScene scene = new ColladaScene(doc);
        XmlElement root = doc.root();
        Optional<XmlElement> visualScene = root.child("scene").flatMap(s -> s.child("instance_visual_scene"))
                .map(i -> doc.resolve(i, i.required("url"), "visual_scene"))
                .or(() -> root.children("library_visual_scenes").stream()
                        .flatMap(l -> l.children("visual_scene").stream()).findFirst());
        if (visualScene.isPresent()) {
            for (XmlElement node : visualScene.get().children("node")) {
                scene.node(node, ColladaTransform.IDENTITY);
            }
        } else {
            for (XmlElement library : root.children("library_geometries")) {
                for (XmlElement geometry : library.children("geometry")) {
                    scene.instances.add(new Instance(geometry, ColladaTransform.IDENTITY, Map.of()));
                }
            }
        }
        return scene.instances;
    }

    private void node(XmlElement node, ColladaTransform parent) {
        if (!open.add(node)) {
            throw node.error("the node instances itself (through <instance_node>)");
        }
        ColladaTransform frame = parent;
        for (XmlElement c : node.children()) {
            frame = switch (c.name()) {
                case "matrix" -> frame.times(ColladaTransform.matrix(numbers(c, 16)));
                case "translate" -> {
                    double[] t = numbers(c, 3);
                    yield frame.times(ColladaTransform.translation(t[0], t[1], t[2]));
                }
                case "rotate" -> {
                    double[] r = numbers(c, 4);
                    if (r[0] == 0 && r[1] == 0 && r[2] == 0) {
                        throw c.error("rotation about a zero axis");
                    }
                    yield frame.times(ColladaTransform.rotation(r[0], r[1], r[2], r[3]));
                }
                case "scale" -> {
                    double[] s = numbers(c, 3);
                    yield frame.times(ColladaTransform.scaling(s[0], s[1], s[2]));
                }
                case "lookat", "skew" -> throw c.error("<" + c.name() + "> transforms are not supported; bake them into a <matrix>");
                default -> frame;
            };
        }
        for (XmlElement c : node.children()) {
            switch (c.name()) {
                case "instance_geometry" -> instances.add(new Instance(
                        doc.resolve(c, c.required("url"), "geometry"), frame, bindings(c)));
                case "instance_controller" -> skin(c, frame);
                case "instance_node" -> node(doc.resolve(c, c.required("url"), "node"), frame);
                case "node" -> node(c, frame);
                default -> {
                    // cameras, lights and extras place no geometry
                }
            }
        }
        open.remove(node);
    }

    /**
     * A skinned mesh (an exporter's armature left on a robot part) is shown in its bind pose: the skin's
     * source geometry through its {@code <bind_shape_matrix>}, as it looks before any bone moves.
     */
    private void skin(XmlElement instance, ColladaTransform frame) {
        XmlElement controller = doc.resolve(instance, instance.required("url"), "controller");
        Optional<XmlElement> skin = controller.child("skin");
        if (skin.isEmpty()) {
            return; // a morph controller blends targets; its base geometry alone would be a guess
        }
        XmlElement geometry = doc.resolve(skin.get(), skin.get().required("source"), "geometry");
        ColladaTransform bindShape = skin.get().child("bind_shape_matrix")
                .map(m -> ColladaTransform.matrix(numbers(m, 16))).orElse(ColladaTransform.IDENTITY);
        instances.add(new Instance(geometry, frame.times(bindShape), bindings(instance)));
    }

    private Map<String, XmlElement> bindings(XmlElement instanceGeometry) {
        Map<String, XmlElement> out = new LinkedHashMap<>();
        instanceGeometry.child("bind_material").flatMap(b -> b.child("technique_common")).ifPresent(t -> {
            for (XmlElement m : t.children("instance_material")) {
                out.put(m.required("symbol"), doc.resolve(m, m.required("target"), "material"));
            }
        });
        return out;
    }

    private double[] numbers(XmlElement e, int expected) {
        double[] v = ColladaNumbers.doubles(e, doc.text(e));
        if (v.length != expected) {
            throw e.error("holds " + v.length + " numbers, expected " + expected);
        }
        return v;
    }
}
