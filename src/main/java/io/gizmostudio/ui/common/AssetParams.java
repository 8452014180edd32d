package io.gizmostudio.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An asset's {@code params} (what the engine understood of its prompt, contract §5) in words: "robot arm · dof 6 ·
 * reach 1.20 m · with a parallel gripper", and what the engine could not honour ("ignored") or adapted ("notes"),
 * so nothing the prompt said is dropped without the user being told.
 */
public final class AssetParams {
    private static final String IGNORED = "ignored";
    private static final String NOTES = "notes";
    private static final String ATTACHMENTS = "attachments";
    private static final String FAMILY = "family";

    private AssetParams() {
    }

    /** One line of what was understood; empty when {@code params} names no family. */
    public static String reading(Map<String, ?> params) {
        if (params == null || !(params.get(FAMILY) instanceof String family)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(words(family));
        parts.addAll(values(params));
        if (params.get(ATTACHMENTS) instanceof List<?> attachments) {
            for (Object a : attachments) {
                if (a instanceof Map<?, ?> m && m.get(FAMILY) instanceof String f) {
                    List<String> inner = values(m);
                    parts.add("with a " + words(f) + (inner.isEmpty() ? "" : " (" + String.join(", ", inner) + ")"));
                }
            }
        }
        return String.join(" · ", parts);
    }

    /** What the engine could not make of the prompt: "wall-mounted", "3 drawers"; empty when it honoured all. */
    public static List<String> ignored(Map<String, ?> params) {
        List<String> out = new ArrayList<>(strings(params == null ? null : params.get(IGNORED)));
        if (params != null && params.get(ATTACHMENTS) instanceof List<?> attachments) {
            for (Object a : attachments) {
                if (a instanceof Map<?, ?> m) {
                    out.addAll(strings(m.get(IGNORED)));
                }
            }
        }
        return out;
    }

    /** How values were adapted ("reach 3 m is more than this family makes; built 2.5 m"). */
    public static List<String> notes(Map<String, ?> params) {
        return strings(params == null ? null : params.get(NOTES));
    }

    /** The lines an asset's details show: "Not honoured: …" and "Adapted: …" first, then the reading. */
    public static List<String> detailLines(Map<String, ?> params) {
        List<String> lines = new ArrayList<>();
        List<String> ignored = ignored(params);
        if (!ignored.isEmpty()) {
            lines.add("Not honoured: " + String.join(", ", ignored));
        }
        notes(params).forEach(n -> lines.add("Adapted: " + n));
        String reading = reading(params);
        if (!reading.isEmpty()) {
            lines.add("Understood as: " + reading);
        }
        return lines;
    }

    private static List<String> values(Map<?, ?> params) {
        List<String> out = new ArrayList<>();
        params.forEach((k, v) -> {
            String key = String.valueOf(k);
            if (key.equals(FAMILY) || key.equals(IGNORED) || key.equals(NOTES) || key.equals(ATTACHMENTS)
                    || v instanceof Map || v instanceof List || v == null
                    || key.equals("variant") && v.equals(params.get(FAMILY))) {
                return;
            }
            out.add(value(key, v));
        });
        return out;
    }

    private static String value(String key, Object v) {
        if (key.endsWith("_m") && v instanceof Number n) {
            return words(key.substring(0, key.length() - 2)) + " " + String.format(Locale.ROOT, "%.2f m", n.doubleValue());
        }
        if (key.endsWith("_deg") && v instanceof Number n) {
            return words(key.substring(0, key.length() - 4)) + " " + String.format(Locale.ROOT, "%.0f°", n.doubleValue());
        }
        if (key.endsWith("_kg") && v instanceof Number n) {
            return words(key.substring(0, key.length() - 3)) + " " + number(n) + " kg";
        }
        if (key.endsWith("_fraction") && v instanceof Number n) {
            return words(key.substring(0, key.length() - 9)) + " " + Math.round(n.doubleValue() * 100) + " %";
        }
        if (v instanceof Boolean b) {
            return b ? words(key) : "no " + words(key);
        }
        return words(key) + " " + (v instanceof Number n ? number(n) : words(String.valueOf(v)));
    }

    private static String number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%.3g", d);
    }

    private static String words(String key) {
        return key.replace('_', ' ').strip();
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(o -> o != null && !String.valueOf(o).isBlank()).forEach(o -> out.add(String.valueOf(o)));
        }
        return out;
    }
}
