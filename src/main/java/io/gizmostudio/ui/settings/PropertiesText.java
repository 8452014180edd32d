package io.gizmostudio.ui.settings;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code .properties} text with sorted keys and no timestamp comment, so the same settings always give the same
 * bytes ({@link Properties#store} writes a date and hash order).
 */
final class PropertiesText {
    private PropertiesText() {
    }

    static String format(String header, Map<String, String> values) {
        StringBuilder out = new StringBuilder("# ").append(header).append('\n');
        SortedMap<String, String> sorted = new TreeMap<>(values);
        sorted.forEach((k, v) -> out.append(escape(k, true)).append('=').append(escape(v, false)).append('\n'));
        return out.toString();
    }

    static Map<String, String> parse(String text) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(text));
        Map<String, String> values = new TreeMap<>();
        props.stringPropertyNames().forEach(k -> values.put(k, props.getProperty(k)));
        return values;
    }

    private static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '=': case ':': case '#': case '!': out.append('\\').append(c); break;
                case ' ':
                    out.append(key || i == 0 ? "\\ " : " ");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }
}
