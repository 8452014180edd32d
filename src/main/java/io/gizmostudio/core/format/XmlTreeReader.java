package io.gizmostudio.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a robot description into {@link XmlElement}s with SAX, keeping each element's line from the
 * {@link Locator}. External entities and DTDs are refused: a description is data, not a fetch request.
 */
final class XmlTreeReader {
    private XmlTreeReader() {
    }

    static XmlElement read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            TreeHandler handler = new TreeHandler(file);
            parser.parse(in, handler);
            if (handler.root == null) {
                throw new RobotDescriptionException(file, 0, null, "the file holds no XML element");
            }
            return handler.root;
        } catch (SAXParseException e) {
            throw new RobotDescriptionException(file, e.getLineNumber(), null, "not well-formed XML: " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new RobotDescriptionException(file, 0, null, "file not found", e);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new RobotDescriptionException(file, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static final class TreeHandler extends DefaultHandler {
        private final Path file;
        private final Deque<XmlElement> open = new ArrayDeque<>();
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
                open.peek().addChild(e);
            }
            open.push(e);
        }

        @Override public void endElement(String uri, String localName, String qName) {
            open.pop();
        }
    }
}
