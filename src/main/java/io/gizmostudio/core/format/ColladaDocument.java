package io.gizmostudio.core.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A parsed COLLADA file: its element tree (with lines, for error messages), the text of its leaf
 * elements (number arrays, colours, transforms) and an index of every {@code id}, so that the
 * {@code url="#id"} and {@code source="#id"} references between libraries can be followed.
 * The general {@link XmlTreeReader} drops text content, which COLLADA keeps all its numbers in.
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
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            TreeHandler handler = new TreeHandler(file);
            factory.newSAXParser().parse(new ByteArrayInputStream(bytes), handler);
            if (handler.root == null) {
                throw new RobotDescriptionException(file, 0, null, "the file holds no XML element");
            }
            ColladaDocument doc = new ColladaDocument(handler.root, handler.texts);
            if (!doc.root.name().equals("COLLADA")) {
                throw doc.root.error("a COLLADA file starts with <COLLADA>");
            }
            return doc;
        } catch (SAXParseException e) {
            throw new RobotDescriptionException(file, e.getLineNumber(), null, "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new RobotDescriptionException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
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

    private static final class TreeHandler extends DefaultHandler {
        private final Path file;
        private final List<XmlElement> open = new ArrayList<>();
        private final List<StringBuilder> openText = new ArrayList<>();
        private final Map<XmlElement, String> texts = new IdentityHashMap<>();
        private Locator locator;
        private XmlElement root;

        TreeHandler(Path file) {
            this.file = file;
        }

        @Override public void setDocumentLocator(Locator l) {
            this.locator = l;
        }

        @Override public void startElement(String uri, String localName, String qName, Attributes attrs) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                map.put(attrs.getQName(i), attrs.getValue(i));
            }
            XmlElement e = new XmlElement(qName, map, file, locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.get(open.size() - 1).addChild(e);
            }
            open.add(e);
            openText.add(null);
        }

        @Override public void characters(char[] ch, int start, int length) {
            int top = openText.size() - 1;
            if (top < 0) {
                return;
            }
            StringBuilder sb = openText.get(top);
            if (sb == null) {
                sb = new StringBuilder(Math.max(16, length));
                openText.set(top, sb);
            }
            sb.append(ch, start, length);
        }

        @Override public void endElement(String uri, String localName, String qName) {
            XmlElement e = open.remove(open.size() - 1);
            StringBuilder sb = openText.remove(openText.size() - 1);
            // only leaves carry data in COLLADA; the whitespace between child elements is layout
            if (sb != null && e.children().isEmpty()) {
                texts.put(e, sb.toString());
            }
        }
    }
}
