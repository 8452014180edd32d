package io.gizmostudio.core.format.xml;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small indenting XML text builder for the MJCF and URDF writers: elements are opened and closed in
 * order, attribute values and comments are escaped, and the output is the same for the same calls.
 */
public final class XmlText {
    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    public XmlText() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    /** Opens {@code tag} with alternating attribute names and values. */
    public XmlText open(String tag, String... attributes) {
        indent();
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append(">\n");
        open.push(tag);
        return this;
    }

    /** An element without children. */
    public XmlText empty(String tag, String... attributes) {
        indent();
        out.append('<').append(tag);
        appendAttributes(attributes);
        out.append("/>\n");
        return this;
    }

    public XmlText close() {
        String tag = open.pop();
        indent();
        out.append("</").append(tag).append(">\n");
        return this;
    }

    /** A comment; "--" (not allowed inside XML comments) is broken up. */
    public XmlText comment(String text) {
        indent();
        out.append("<!-- ").append(escape(text).replace("--", "- -")).append(" -->\n");
        return this;
    }

    public String text() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        return out.toString();
    }

    private void indent() {
        out.append("  ".repeat(open.size()));
    }

    private void appendAttributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] == null) {
                continue; // an optional attribute that is absent
            }
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    /** Escapes the five XML special characters and drops control characters XML 1.0 cannot hold. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\t' -> sb.append("&#9;");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
