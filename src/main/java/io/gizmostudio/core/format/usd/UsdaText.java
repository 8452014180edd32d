package io.gizmostudio.core.format.usd;

import io.gizmostudio.core.format.DecimalText;
import io.gizmostudio.core.format.PrincipalInertial;
import io.gizmostudio.core.model.Quat;
import io.gizmostudio.core.model.Vec3;
import java.util.List;

/** An indenting builder for USD ASCII (usda) layers: prims with metadata, attributes, value text. */
final class UsdaText {
    private final StringBuilder out = new StringBuilder(8192);
    private int depth;

    UsdaText raw(String text) {
        out.append(text);
        return this;
    }

    /** {@code def TYPE "name" (apiSchemas) {}; apiSchemas may be empty. */
    UsdaText openPrim(String type, String name, List<String> apiSchemas) {
        indent();
        out.append("def ").append(type).append(" \"").append(name).append('"');
        if (!apiSchemas.isEmpty()) {
            out.append(" (\n");
            depth++;
            indent();
            out.append("prepend apiSchemas = [");
            for (int i = 0; i < apiSchemas.size(); i++) {
                out.append(i > 0 ? ", " : "").append('"').append(apiSchemas.get(i)).append('"');
            }
            out.append("]\n");
            depth--;
            indent();
            out.append(')');
        }
        out.append('\n');
        indent();
        out.append("{\n");
        depth++;
        return this;
    }

    UsdaText closePrim() {
        depth--;
        indent();
        out.append("}\n");
        return this;
    }

    /** One attribute or relationship line, e.g. {@code line("float physics:mass", "2")}. */
    UsdaText line(String declaration, String value) {
        indent();
        out.append(declaration).append(" = ").append(value).append('\n');
        return this;
    }

    UsdaText comment(String text) {
        indent();
        out.append("# ").append(text.replace('\n', ' ').replace('\r', ' ')).append('\n');
        return this;
    }

    String text() {
        if (depth != 0) {
            throw new IllegalStateException("unclosed prims");
        }
        return out.toString();
    }

    private void indent() {
        out.append("    ".repeat(depth));
    }

    static String tuple(Vec3 v) {
        return "(" + DecimalText.of(v.x()) + ", " + DecimalText.of(v.y()) + ", " + DecimalText.of(v.z()) + ")";
    }

    /** USD writes quaternions real part first: (w, x, y, z). */
    static String quat(Quat q) {
        Quat c = PrincipalInertial.canonical(q);
        return "(" + DecimalText.of(c.w()) + ", " + DecimalText.of(c.x()) + ", " + DecimalText.of(c.y()) + ", "
                + DecimalText.of(c.z()) + ")";
    }

    /** A quoted USD string with backslash, quote and control characters escaped. */
    static String string(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
