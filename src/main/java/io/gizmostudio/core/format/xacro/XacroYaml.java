package io.gizmostudio.core.format.xacro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The YAML that robot descriptions load with {@code xacro.load_yaml}: block maps and lists by indentation, flow
 * lists and maps on one line, quoted and plain scalars (ints, floats, booleans, null), comments, and xacro's angle
 * tags ({@code !degrees 90} is read as radians, {@code !radians pi/2} is evaluated). Anchors, aliases and
 * multi-line scalars are refused with the line, rather than read wrongly.
 */
final class XacroYaml {
    private record Line(int number, int indent, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private int at;

    private XacroYaml(String text) {
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String content = stripComment(raw[i]);
            if (content.isBlank() || content.strip().equals("---") || content.strip().equals("...")
                    || content.startsWith("%")) {
                continue;
            }
            if (content.indexOf('\t') >= 0 && content.substring(0, indentOf(content)).contains("\t")) {
                throw new XacroEvalException("YAML line " + (i + 1) + ": tabs cannot indent YAML");
            }
            lines.add(new Line(i + 1, indentOf(content), content.strip()));
        }
    }

    /** The value the YAML text holds: a map, a list or a scalar ({@code null} for an empty document). */
    static Object parse(String text) {
        XacroYaml y = new XacroYaml(text);
        if (y.lines.isEmpty()) {
            return null;
        }
        Object v = y.node(y.lines.get(0).indent());
        if (y.at < y.lines.size()) {
            Line l = y.lines.get(y.at);
            throw new XacroEvalException("YAML line " + l.number() + ": unexpected indentation of '" + l.text() + "'");
        }
        return v;
    }

    private static int indentOf(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    private Object node(int indent) {
        Line l = lines.get(at);
        return isItem(l.text()) ? list(indent) : map(indent);
    }

    private static boolean isItem(String text) {
        return text.equals("-") || text.startsWith("- ");
    }

    private List<Object> list(int indent) {
        List<Object> out = new ArrayList<>();
        while (at < lines.size() && lines.get(at).indent() == indent && isItem(lines.get(at).text())) {
            Line l = lines.get(at);
            String content = l.text().substring(1).strip();
            if (content.isEmpty()) {
                at++;
                out.add(at < lines.size() && lines.get(at).indent() > indent ? node(lines.get(at).indent()) : null);
            } else if (keyEnd(content) >= 0) {
                // "- key: value" opens a map whose keys line up with "key"
                int inner = indent + (l.text().length() - content.length());
                lines.set(at, new Line(l.number(), inner, content));
                out.add(map(inner));
            } else {
                at++;
                out.add(scalar(content, l));
            }
        }
        return out;
    }

    private Map<String, Object> map(int indent) {
        Map<String, Object> out = new LinkedHashMap<>();
        while (at < lines.size() && lines.get(at).indent() == indent && !isItem(lines.get(at).text())) {
            Line l = lines.get(at);
            int colon = keyEnd(l.text());
            if (colon < 0) {
                throw new XacroEvalException("YAML line " + l.number() + ": expected 'key: value', found '" + l.text() + "'");
            }
            String key = unquote(l.text().substring(0, colon).strip());
            String rest = l.text().substring(colon + 1).strip();
            at++;
            Object value;
            if (!rest.isEmpty()) {
                value = scalar(rest, l);
            } else if (at < lines.size() && lines.get(at).indent() > indent) {
                value = node(lines.get(at).indent());
            } else if (at < lines.size() && lines.get(at).indent() == indent && isItem(lines.get(at).text())) {
                value = list(indent);
            } else {
                value = null;
            }
            out.put(key, value);
        }
        return out;
    }

    /** Where the key of "key: value" ends (its colon), or -1 when the text is no map entry. */
    private static int keyEnd(String text) {
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ':' && depth == 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private Object scalar(String text, Line l) {
        if (text.startsWith("&") || text.startsWith("*") || text.startsWith("|") || text.startsWith(">")) {
            throw new XacroEvalException("YAML line " + l.number() + ": anchors, aliases and multi-line text are not read: '"
                    + text + "'");
        }
        if (text.startsWith("!")) {
            int space = text.indexOf(' ');
            String tag = space < 0 ? text : text.substring(0, space);
            String value = space < 0 ? "" : text.substring(space + 1).strip();
            return tagged(tag, value, l);
        }
        if (text.startsWith("[")) {
            return flowList(text, l);
        }
        if (text.startsWith("{")) {
            return flowMap(text, l);
        }
        return plain(text);
    }

    private static Object tagged(String tag, String value, Line l) {
        try {
            return switch (tag) {
                case "!degrees" -> Math.toRadians(angle(value));
                case "!radians" -> angle(value);
                case "!!str" -> unquote(value);
                case "!!float" -> Double.parseDouble(value);
                case "!!int" -> Long.parseLong(value);
                default -> throw new XacroEvalException("unknown tag " + tag);
            };
        } catch (XacroEvalException | NumberFormatException e) {
            throw new XacroEvalException("YAML line " + l.number() + ": " + tag + " " + value + ": " + e.getMessage());
        }
    }

    private static double angle(String value) {
        return XacroValues.number(XacroExpression.evaluate(value, name -> XacroExpression.Names.UNDEFINED), "an angle");
    }

    private List<Object> flowList(String text, Line l) {
        if (!text.endsWith("]")) {
            throw new XacroEvalException("YAML line " + l.number() + ": a flow list must end on its line: '" + text + "'");
        }
        List<Object> out = new ArrayList<>();
        for (String item : splitFlow(text.substring(1, text.length() - 1))) {
            out.add(scalar(item, l));
        }
        return out;
    }

    private Map<String, Object> flowMap(String text, Line l) {
        if (!text.endsWith("}")) {
            throw new XacroEvalException("YAML line " + l.number() + ": a flow map must end on its line: '" + text + "'");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String item : splitFlow(text.substring(1, text.length() - 1))) {
            int colon = keyEnd(item);
            if (colon < 0) {
                throw new XacroEvalException("YAML line " + l.number() + ": expected 'key: value' in '" + text + "'");
            }
            out.put(unquote(item.substring(0, colon).strip()), scalar(item.substring(colon + 1).strip(), l));
        }
        return out;
    }

    private static List<String> splitFlow(String inner) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        String last = inner.substring(start).strip();
        if (!last.isEmpty() || !out.isEmpty()) {
            out.add(last);
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static Object plain(String text) {
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')) {
            return unquote(text);
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "~":
            case "null":
                return null;
            case "true":
            case "yes":
            case "on":
                return Boolean.TRUE;
            case "false":
            case "no":
            case "off":
                return Boolean.FALSE;
            case ".inf":
            case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            case ".nan":
                return Double.NaN;
            default:
                break;
        }
        if (text.matches("[+-]?\\d+")) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (text.matches("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?")) {
            return Double.parseDouble(text);
        }
        return text;
    }
}
