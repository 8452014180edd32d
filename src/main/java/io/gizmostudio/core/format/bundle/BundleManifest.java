package io.gizmostudio.core.format.bundle;

import io.gizmostudio.core.format.ExportFormat;
import java.util.List;
import java.util.Locale;

/**
 * The {@code manifest.json} of an export bundle (api/CONTRACT.md §6–7):
 * {@code {"kind":"asset"|"scene","id":…,"format":…,"entrypoint":…}}; a scene's manifest, and an asset's that has one, adds {@code "report"},
 * the plain lines of what the format kept, converted or dropped ({@link io.gizmostudio.core.format.ExportedModel#report}).
 */
public record BundleManifest(Kind kind, String id, ExportFormat format, String entrypoint, List<String> report) {

    /** What a bundle holds. */
    public enum Kind {
        ASSET, SCENE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public BundleManifest(Kind kind, String id, ExportFormat format, String entrypoint) {
        this(kind, id, format, entrypoint, List.of());
    }

    public BundleManifest {
        report = report == null ? List.of() : List.copyOf(report);
        if (kind == null || id == null || format == null || entrypoint == null) {
            throw new IllegalArgumentException("a manifest needs a kind, an id, a format and an entrypoint");
        }
        BundleEntry.checkPath(entrypoint);
    }

    /** The manifest as JSON text (two-space indent, fixed key order, trailing newline). */
    public String toJson() {
        return "{\n"
                + "  \"kind\": " + quote(kind.wireName()) + ",\n"
                + "  \"id\": " + quote(id) + ",\n"
                + "  \"format\": " + quote(format.wireName()) + ",\n"
                + "  \"entrypoint\": " + quote(entrypoint) + (kind == Kind.SCENE || !report.isEmpty() ? ",\n" + reportJson() : "") + "\n"
                + "}\n";
    }

    private String reportJson() {
        if (report.isEmpty()) {
            return "  \"report\": []";
        }
        StringBuilder sb = new StringBuilder("  \"report\": [\n");
        for (int i = 0; i < report.size(); i++) {
            sb.append("    ").append(quote(report.get(i))).append(i + 1 < report.size() ? ",\n" : "\n");
        }
        return sb.append("  ]").toString();
    }

    /** A JSON string literal (RFC 8259 escapes; other control characters as \\u00XX). */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
