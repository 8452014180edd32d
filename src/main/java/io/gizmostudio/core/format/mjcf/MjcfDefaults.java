package io.gizmostudio.core.format.mjcf;

import io.gizmostudio.core.format.xml.XmlElement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MJCF {@code <default>} classes: each class holds attribute templates per element kind (geom, joint,
 * mesh, …) inherited from its parent class. An element's effective attributes are its class's template
 * overlaid with its own; the class is its {@code class} attribute, else the nearest enclosing body's
 * {@code childclass}, else {@code main}.
 */
final class MjcfDefaults {
    static final String MAIN = "main";

    private final Map<String, Map<String, Map<String, String>>> classes = new HashMap<>();

    MjcfDefaults(XmlElement mujoco) {
        classes.put(MAIN, new HashMap<>());
        for (XmlElement d : mujoco.children("default")) {
            collect(d, null);
        }
    }

    private void collect(XmlElement d, String parentClass) {
        String name = d.attribute("class").orElse(parentClass == null ? MAIN : null);
        if (name == null) {
            throw d.error("a nested <default> needs a class name");
        }
        Map<String, Map<String, String>> templates = new HashMap<>();
        if (parentClass != null) {
            classes.get(parentClass).forEach((kind, attrs) -> templates.put(kind, new LinkedHashMap<>(attrs)));
        } else if (!name.equals(MAIN)) {
            classes.get(MAIN).forEach((kind, attrs) -> templates.put(kind, new LinkedHashMap<>(attrs)));
        }
        for (XmlElement c : d.children()) {
            if (!c.name().equals("default")) {
                templates.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).putAll(c.attributes());
            }
        }
        if (name.equals(MAIN) && classes.containsKey(MAIN)) {
            classes.get(MAIN).forEach((kind, attrs) -> templates.merge(kind, attrs, (mine, old) -> {
                Map<String, String> merged = new LinkedHashMap<>(old);
                merged.putAll(mine);
                return merged;
            }));
        }
        classes.put(name, templates);
        for (XmlElement child : d.children("default")) {
            collect(child, name);
        }
    }

    /** {@code element} with its class template applied; {@code inheritedClass} is the body's childclass. */
    XmlElement resolve(XmlElement element, String inheritedClass) {
        String cls = element.attribute("class").orElse(inheritedClass == null ? MAIN : inheritedClass);
        Map<String, Map<String, String>> templates = classes.get(cls);
        if (templates == null) {
            throw element.error("unknown default class '" + cls + "'");
        }
        Map<String, String> merged = new LinkedHashMap<>(templates.getOrDefault(element.name(), Map.of()));
        merged.putAll(element.attributes());
        XmlElement out = new XmlElement(element.name(), merged, element.file(), element.line());
        for (XmlElement c : element.children()) {
            out.addChild(c);
        }
        return out;
    }

    void checkClass(XmlElement where, String cls) {
        if (cls != null && !classes.containsKey(cls)) {
            throw where.error("unknown default class '" + cls + "'");
        }
    }
}
