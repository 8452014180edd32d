package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code <xacro:macro name params>} definition: its parameters in order and its body, with the file it was
 * defined in (the body's {@code $(dirname)}, relative includes and YAML files are relative to that file).
 */
record XacroMacro(String name, List<Param> params, XmlElement body, XacroSource source) {
    /** How a parameter is passed: an attribute, a block ({@code *p}) or a block's content ({@code **p}). */
    enum Kind { VALUE, BLOCK, BLOCK_CONTENT }

    /**
     * One parameter. {@code defaultText} is written after {@code :=} (empty: none); {@code inherit} is a {@code ^}
     * default: the caller's property of the same name, else {@code defaultText} after {@code ^|}.
     */
    record Param(String name, Kind kind, Optional<String> defaultText, boolean inherit) {
    }

    XacroMacro renamed(String newName) {
        return new XacroMacro(newName, params, body, source);
    }

    Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** Parses a {@code params} attribute: {@code prefix parent *origin **inner len:=1 mass:=^ v:=^|2 s:='a b'}. */
    static List<Param> parseParams(String text) {
        List<Param> out = new ArrayList<>();
        for (String word : words(text)) {
            Kind kind = word.startsWith("**") ? Kind.BLOCK_CONTENT : word.startsWith("*") ? Kind.BLOCK : Kind.VALUE;
            String rest = word.substring(kind == Kind.BLOCK_CONTENT ? 2 : kind == Kind.BLOCK ? 1 : 0);
            int eq = rest.indexOf(":=");
            if (eq < 0) {
                eq = rest.indexOf('=');
                if (eq >= 0 && kind == Kind.VALUE) {
                    // xacro 1 wrote defaults with a plain '='
                    out.add(value(rest.substring(0, eq), rest.substring(eq + 1)));
                    continue;
                }
                checkName(rest, word);
                out.add(new Param(rest, kind, Optional.empty(), false));
                continue;
            }
            if (kind != Kind.VALUE) {
                throw new XacroEvalException("block parameter '" + word + "' cannot have a default");
            }
            out.add(value(rest.substring(0, eq), rest.substring(eq + 2)));
        }
        return out;
    }

    private static Param value(String name, String defaultText) {
        checkName(name, name);
        String d = defaultText;
        if (d.length() >= 2 && (d.charAt(0) == '\'' || d.charAt(0) == '"') && d.charAt(d.length() - 1) == d.charAt(0)) {
            d = d.substring(1, d.length() - 1);
        }
        if (d.equals("^")) {
            return new Param(name, Kind.VALUE, Optional.empty(), true);
        }
        if (d.startsWith("^|")) {
            return new Param(name, Kind.VALUE, Optional.of(d.substring(2)), true);
        }
        return new Param(name, Kind.VALUE, Optional.of(d), false);
    }

    private static void checkName(String name, String word) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new XacroEvalException("'" + word + "' is not a parameter name");
        }
    }

    /** Splits on whitespace, keeping quoted defaults ({@code s:='a b'}) and expressions ({@code m:=${a * 2}}) whole. */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        char quote = 0;
        int braces = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                braces++;
            } else if (c == '}' && braces > 0) {
                braces--;
            }
            if (quote != 0) {
                sb.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                sb.append(c);
            } else if (Character.isWhitespace(c) && braces == 0) {
                if (sb.length() > 0) {
                    out.add(sb.toString());
                    sb.setLength(0);
                }
            } else {
                sb.append(c);
            }
        }
        if (quote != 0) {
            throw new XacroEvalException("unterminated quote in params '" + text + "'");
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }
}
