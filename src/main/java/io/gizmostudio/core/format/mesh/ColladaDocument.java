package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed COLLADA file: its element tree (with lines, for error messages), the text of its leaf
 * elements (number arrays, colours, transforms) and an index of every {@code id}, so that the
 * {@code url="#id"} and {@code source="#id"} references between libraries can be followed.
 * COLLADA keeps its numbers in element text, so the tree is read with the leaves' text kept.
 */
final class ColladaDocument {
    private final XmlElement root;
    private final Map<XmlElement, String> texts;
    private final Map<String, XmlElement> ids = new HashMap<>();

    private ColladaDocument(XmlElement root, Map<XmlElement, String> texts) {
        this.root = root;
        this.texts = texts;
        index(root);
    }

    /** Parses {@code bytes} (the content of {@code file}); refuses DTDs and external entities. */
    static ColladaDocument parse(Path file, byte[] bytes) {
        XmlTreeReader.Parsed parsed = XmlTreeReader.parse(file, new ByteArrayInputStream(bytes), true);
        ColladaDocument doc = new ColladaDocument(parsed.root(), parsed.leafTexts());
        if (!doc.root.name().equals("COLLADA")) {
            throw doc.root.error("a COLLADA file starts with <COLLADA>");
        }
        return doc;
    }

    XmlElement root() {
        return root;
    }

    /** The character content of {@code e} when it has no child elements, else the empty string. */
    String text(XmlElement e) {
        return texts.getOrDefault(e, "");
    }

    /**
     * The element that the local reference {@code url} ({@code #id}) on {@code where} points at, which
     * must be a {@code <expected>} element.
     */
    XmlElement resolve(XmlElement where, String url, String expected) {
        if (!url.startsWith("#")) {
            throw where.error("only references inside the file are followed, not '" + url + "'");
        }
        XmlElement target = ids.get(url.substring(1));
        if (target == null) {
            throw where.error("'" + url + "' points at no element of this file");
        }
        if (!target.name().equals(expected)) {
            throw where.error("'" + url + "' points at a <" + target.name() + ">, expected a <" + expected + ">");
        }
        return target;
    }

    /** The element with {@code id}, or null. */
    XmlElement byId(String id) {
        return ids.get(id);
    }

    private void index(XmlElement e) {
        List<XmlElement> pending = new ArrayList<>(List.of(e));
        while (!pending.isEmpty()) {
            XmlElement next = pending.remove(pending.size() - 1);
            // the first element with an id wins, as assimp does, so a duplicated id still resolves
            next.attribute("id").ifPresent(id -> ids.putIfAbsent(id, next));
            List<XmlElement> children = next.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.add(children.get(i));
            }
        }
    }
}
