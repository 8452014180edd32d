package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xacro.XacroExpression.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the text of an attribute: {@code ${expression}} through {@link XacroExpression} in the properties in
 * scope, and the substitution args {@code $(arg name)}, {@code $(find pkg)}, {@code $(eval expr)},
 * {@code $(dirname)}, {@code $(env VAR)}, {@code $(optenv VAR default)}; {@code $$} writes a literal {@code $}.
 * Holds what stays the same through one expansion: the arguments, the package folders, the environment and the
 * YAML files loaded.
 */
final class XacroSubstitution {
    /** The largest YAML or xacro file read (a description is text, not a data dump). */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Map<String, String> given;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, XacroArgument> declared = new LinkedHashMap<>();
    private final XacroPackages packages;
    private final Map<String, String> environment;
    private final Map<Path, Object> yaml = new HashMap<>();
    private final List<Path> filesRead = new ArrayList<>();

    XacroSubstitution(Path top, XacroOptions options) {
        this.given = options.args();
        this.packages = new XacroPackages(top, options.packageFolders());
        this.environment = options.environment();
    }

    List<XacroArgument> declaredArguments() {
        return List.copyOf(declared.values());
    }

    List<Path> filesRead() {
        return filesRead;
    }

    void fileRead(Path file) {
        filesRead.add(file);
    }

    /** An {@code <xacro:arg>}: the user's value wins; the first default declared is kept. */
    void declareArgument(String name, Optional<String> rawDefault, XacroScope scope, XacroSource source) {
        declared.putIfAbsent(name, new XacroArgument(name, rawDefault));
        if (rawDefault.isPresent() && !defaults.containsKey(name)) {
            defaults.put(name, text(rawDefault.get(), scope, source));
        }
    }

    /** The text's value: what the expression gives when the text is one {@code ${...}}, else the text. */
    Object value(String text, XacroScope scope, XacroSource source) {
        List<Object> parts = parts(text);
        if (parts.size() == 1 && parts.get(0) instanceof Expr e) {
            return evaluate(e.text(), scope, source);
        }
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof Expr e) {
                sb.append(XacroValues.text(evaluate(e.text(), scope, source)));
            } else if (p instanceof Ext x) {
                sb.append(extension(x.text().strip(), scope, source));
            } else {
                sb.append((String) p);
            }
        }
        return sb.toString();
    }

    /** The text with every substitution made. */
    String text(String text, XacroScope scope, XacroSource source) {
        Object v = value(text, scope, source);
        return v instanceof String s ? s : XacroValues.text(v);
    }

    /**
     * A property's or parameter's value as xacro stores it: numbers and booleans written as text become numbers
     * and booleans, an expression's value is kept as it is (a dict from YAML stays a dict).
     */
    Object stored(String text, XacroScope scope, XacroSource source) {
        Object v = value(text, scope, source);
        return v instanceof String s ? XacroValues.literal(s) : v;
    }

    Object evaluate(String expression, XacroScope scope, XacroSource source) {
        return XacroExpression.evaluate(expression, names(scope, source));
    }

    private Names names(XacroScope scope, XacroSource source) {
        return name -> {
            XacroScope.Property p = scope.property(name);
            if (p != null) {
                return p.value(name);
            }
            switch (name) {
                case "xacro":
                    return Map.of(
                            "load_yaml", XacroBuiltins.fn("load_yaml", 1, a -> loadYaml(XacroValues.text(a.get(0)), source)),
                            "dotify", XacroBuiltins.fn("dotify", 1, a -> a.get(0)),
                            "arg", XacroBuiltins.fn("arg", 1, a -> argument(XacroValues.text(a.get(0)))),
                            "abs_filename", XacroBuiltins.fn("abs_filename", 1,
                                    a -> source.folder().resolve(XacroValues.text(a.get(0))).normalize().toString()));
                case "load_yaml":
                    return XacroBuiltins.fn("load_yaml", 1, a -> loadYaml(XacroValues.text(a.get(0)), source));
                default:
                    return Names.UNDEFINED;
            }
        };
    }

    private Object loadYaml(String name, XacroSource source) {
        Path file = source.folder().resolve(name).normalize();
        if (yaml.containsKey(file)) {
            return yaml.get(file);
        }
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new XacroEvalException("YAML file " + file + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new XacroEvalException("YAML file not found: " + file);
        } catch (IOException e) {
            throw new XacroEvalException("cannot read YAML file " + file + ": " + e.getMessage());
        }
        fileRead(file);
        Object v;
        try {
            v = XacroYaml.parse(text);
        } catch (XacroEvalException e) {
            throw new XacroEvalException(file + ": " + e.getMessage());
        }
        yaml.put(file, v);
        return v;
    }

    String argument(String name) {
        String v = given.get(name);
        if (v == null) {
            v = defaults.get(name);
        }
        if (v == null) {
            throw new XacroEvalException(declared.containsKey(name)
                    ? "argument '" + name + "' has no default and was not given (set it as " + name + ":=VALUE)"
                    : "undefined argument '" + name + "' (no <xacro:arg name=\"" + name + "\"> and not given)");
        }
        return v;
    }

    private String extension(String body, XacroScope scope, XacroSource source) {
        String[] words = body.split("\\s+", 2);
        String command = words[0];
        String rest = words.length > 1 ? words[1].strip() : "";
        switch (command) {
            case "arg":
                return argument(rest);
            case "find":
                return packages.find(rest).map(Path::toString).orElseThrow(() -> new XacroEvalException(
                        "package '" + rest + "' not found: no package.xml naming it above the file, in ROS_PACKAGE_PATH"
                                + " or in the package folders of the settings"));
            case "eval":
                return XacroValues.text(evaluate(rest, scope, source));
            case "dirname":
                return source.folder().toString();
            case "env": {
                String v = environment.get(rest);
                if (v == null) {
                    throw new XacroEvalException("environment variable '" + rest + "' is not set");
                }
                return v;
            }
            case "optenv": {
                String[] w = rest.split("\\s+", 2);
                String v = environment.get(w[0]);
                return v != null ? v : w.length > 1 ? w[1] : "";
            }
            case "anon":
                return rest + "_anon";
            default:
                throw new XacroEvalException("unknown substitution $(" + body + ")");
        }
    }

    private record Expr(String text) {
    }

    private record Ext(String text) {
    }

    private static List<Object> parts(String text) {
        List<Object> out = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && text.startsWith("$${", i) || c == '$' && text.startsWith("$$(", i)) {
                literal.append('$'); // "$${" is a literal "${": skip one '$', keep the brace as text
                i += 2;
                literal.append(text.charAt(i));
                i++;
                continue;
            }
            if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '(')) {
                char open = text.charAt(i + 1);
                int end = closing(text, i + 1, open, open == '{' ? '}' : ')');
                if (literal.length() > 0) {
                    out.add(literal.toString());
                    literal.setLength(0);
                }
                String inner = text.substring(i + 2, end);
                out.add(open == '{' ? new Expr(inner) : new Ext(inner));
                i = end + 1;
                continue;
            }
            literal.append(c);
            i++;
        }
        if (literal.length() > 0 || out.isEmpty()) {
            out.add(literal.toString());
        }
        return out;
    }

    private static int closing(String text, int openAt, char open, char close) {
        int depth = 0;
        char quote = 0;
        for (int i = openAt; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        throw new XacroEvalException("'$" + open + "' without its closing '" + close + "' in '" + text + "'");
    }
}
