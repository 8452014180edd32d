package io.gizmostudio.core.format.xml;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed robot description with the file and line it came from, so that every reader
 * error can point at the exact spot. Attribute parsing helpers throw {@link RobotDescriptionException}.
 */
public final class XmlElement {
    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final Path file;
    private final int line;

    public XmlElement(String name, Map<String, String> attributes, Path file, int line) {
        this.name = name;
        this.attributes = new LinkedHashMap<>(attributes);
        this.file = file;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    public void addChild(XmlElement child) {
        children.add(child);
    }

    public void replaceChild(XmlElement old, List<XmlElement> replacements) {
        int i = children.indexOf(old);
        children.remove(i);
        children.addAll(i, replacements);
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    public Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    public String required(String attribute) {
        String v = attributes.get(attribute);
        if (v == null) {
            throw error("missing attribute '" + attribute + "'");
        }
        return v;
    }

    public double number(String attribute, double fallback) {
        String v = attributes.get(attribute);
        return v == null ? fallback : parse(attribute, v.trim());
    }

    public double requiredNumber(String attribute) {
        return parse(attribute, required(attribute).trim());
    }

    /** The attribute as numbers; {@code null} when absent; an error when the count is not one of {@code counts}. */
    public double[] numbers(String attribute, int... counts) {
        String v = attributes.get(attribute);
        if (v == null) {
            return null;
        }
        String trimmed = v.trim();
        String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
        boolean ok = counts.length == 0;
        for (int c : counts) {
            ok |= parts.length == c;
        }
        if (!ok) {
            throw error("attribute '" + attribute + "' has " + parts.length + " numbers, expected "
                    + java.util.Arrays.toString(counts));
        }
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parse(attribute, parts[i]);
        }
        return out;
    }

    public Vec3 vector(String attribute, Vec3 fallback) {
        double[] v = numbers(attribute, 3);
        return v == null ? fallback : new Vec3(v[0], v[1], v[2]);
    }

    public Quat wxyzQuat(String attribute) {
        double[] v = numbers(attribute, 4);
        if (v == null) {
            return null;
        }
        Quat q = new Quat(v[1], v[2], v[3], v[0]);
        if (q.norm() < 1e-12) {
            throw error("attribute '" + attribute + "' is a zero quaternion");
        }
        return q.normalized();
    }

    private double parse(String attribute, String text) {
        try {
            double d = Double.parseDouble(text);
            if (!Double.isFinite(d)) {
                throw error("attribute '" + attribute + "' is not finite: " + text);
            }
            return d;
        } catch (NumberFormatException e) {
            throw error("attribute '" + attribute + "' is not a number: '" + text + "'");
        }
    }

    public RobotDescriptionException error(String problem) {
        return new RobotDescriptionException(file, line, name, problem);
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "<%s> at %s:%d", name, file, line);
    }
}
