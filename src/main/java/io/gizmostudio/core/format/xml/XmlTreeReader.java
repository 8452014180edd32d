package io.gizmostudio.core.format.xml;

import io.gizmostudio.core.format.ReadOptions;
import io.gizmostudio.core.format.RobotDescriptionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Parses a robot description into {@link XmlElement}s with SAX, keeping each element's line from the
 * {@link Locator}. External entities and DTDs are refused: a description is data, not a fetch request.
 * Robot descriptions keep everything in attributes; formats that keep numbers in element text (COLLADA)
 * ask for the text of the leaf elements as well.
 */
public final class XmlTreeReader {
    private XmlTreeReader() {
    }

    /** A parsed file: its root element, and the text of each leaf element when it was asked for. */
    public record Parsed(XmlElement root, Map<XmlElement, String> leafTexts) {
    }

    public static XmlElement read(Path file) {
        return read(file, Long.MAX_VALUE);
    }

    /**
     * Reads {@code file}, refusing one bigger than {@code maxBytes} before parsing it (a description that size
     * would take several times as much memory as a tree).
     */
    public static XmlElement read(Path file, long maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new RobotDescriptionException(file, 0, null, "the file is " + ReadOptions.megabytes(size)
                        + ", over the limit of " + ReadOptions.megabytes(maxBytes) + " (ReadOptions.maxDescriptionBytes)");
            }
        } catch (NoSuchFileException e) {
            throw new RobotDescriptionException(file, 0, null, "file not found", e);
        } catch (IOException e) {
            throw new RobotDescriptionException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, in, false).root();
        } catch (NoSuchFileException e) {
            throw new RobotDescriptionException(file, 0, null, "file not found", e);
        } catch (IOException e) {
            throw new RobotDescriptionException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses {@code in}, the content of {@code file}; with {@code keepLeafText} the leaves' text is kept too. */
    public static Parsed parse(Path file, InputStream in, boolean keepLeafText) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            TreeHandler handler = new TreeHandler(file, keepLeafText);
            factory.newSAXParser().parse(in, handler);
            if (handler.root == null) {
                throw new RobotDescriptionException(file, 0, null, "the file holds no XML element");
            }
            return new Parsed(handler.root, handler.texts);
        } catch (SAXParseException e) {
            throw new RobotDescriptionException(file, e.getLineNumber(), null, "not well-formed XML: " + e.getMessage(), e);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new RobotDescriptionException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static final class TreeHandler extends DefaultHandler {
        private final Path file;
        private final boolean keepText;
        private final List<XmlElement> open = new ArrayList<>();
        private final List<StringBuilder> openText = new ArrayList<>();
        private final Map<XmlElement, String> texts = new IdentityHashMap<>();
        private Locator locator;
        private XmlElement root;

        TreeHandler(Path file, boolean keepText) {
            this.file = file;
            this.keepText = keepText;
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
            if (!keepText || top < 0) {
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
            // only leaves carry data; the whitespace between child elements is layout
            if (sb != null && e.children().isEmpty()) {
                texts.put(e, sb.toString());
            }
        }
    }
}
