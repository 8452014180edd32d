package io.gizmostudio.core.format.urdf;

import io.gizmostudio.core.format.DescriptionWarning;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.model.Material;
import io.gizmostudio.core.model.Rgba;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A URDF's materials by name, resolved as urdfdom does: names are global to the file, so a material defined with
 * a colour inside one link's visual serves every other link that names it; what is named but never defined is
 * grey, with a warning rather than a refusal.
 */
final class UrdfMaterials {
    /** The grey of a visual without a material, and of one whose material is never defined. */
    static final Material DEFAULT = new Material("urdf_default", Rgba.rgb(0.7, 0.7, 0.7));

    private final Map<String, Material> materials = new HashMap<>();
    private final List<DescriptionWarning> warnings;

    private UrdfMaterials(List<DescriptionWarning> warnings) {
        this.warnings = warnings;
    }

    private void warn(XmlElement where, String message) {
        warnings.add(DescriptionWarning.of(where.file(), where.line(), message));
    }

    /**
     * Materials by name, as urdfdom resolves them: the robot's own first, then those defined (with a colour or a
     * texture) inside any link's visual, so another link can use them by name; a robot-level material with
     * neither is grey, with a warning.
     */
    static UrdfMaterials of(XmlElement robot, List<DescriptionWarning> warnings) {
        UrdfMaterials t = new UrdfMaterials(warnings);
        List<XmlElement> defined = new ArrayList<>(robot.children("material"));
        for (XmlElement l : robot.children("link")) {
            for (XmlElement v : l.children("visual")) {
                v.child("material").ifPresent(defined::add);
            }
        }
        for (XmlElement m : defined) {
            String name = m.attribute("name").orElse("");
            if (!name.isEmpty() && (m.child("color").isPresent() || m.child("texture").isPresent())) {
                t.materials.putIfAbsent(name, t.material(m));
            }
        }
        for (XmlElement m : robot.children("material")) {
            String name = m.required("name");
            if (!t.materials.containsKey(name)) {
                t.warn(m, "material '" + name + "' has no colour or texture: shown grey");
                t.materials.put(name, new Material(name, DEFAULT.color()));
            }
        }
        return t;
    }

    /**
     * The material of a visual's {@code <material>}: its own colour, else the one defined under its name anywhere
     * in the file, else grey with a warning.
     */
    Material material(XmlElement m) {
        String name = m.attribute("name").orElse("");
        var color = m.child("color");
        if (color.isPresent()) {
            double[] c = color.get().numbers("rgba", 4, 3);
            if (c == null) {
                throw color.get().error("missing attribute 'rgba'");
            }
            Rgba rgba = new Rgba(c[0], c[1], c[2], c.length == 4 ? c[3] : 1);
            return new Material(name.isEmpty() ? "inline" : name, rgba);
        }
        Material known = materials.get(name);
        if (known != null) {
            return known;
        }
        if (m.child("texture").isPresent()) {
            return new Material(name.isEmpty() ? "texture" : name, DEFAULT.color());
        }
        warn(m, name.isEmpty() ? "a <material> without a name, colour or texture: shown grey"
                : "material '" + name + "' is never defined: shown grey");
        return name.isEmpty() ? DEFAULT : new Material(name, DEFAULT.color());
    }
}
