package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.format.xml.XmlElement;
import io.gizmostudio.core.format.xml.XmlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands a {@code .xacro} robot description into the plain URDF {@code <robot>} element it stands for, in Java and
 * without ROS: properties (values and blocks), {@code ${}} expressions, {@code $(arg|find|eval|dirname|optenv)},
 * {@code xacro:arg}, macros with value, inherited ({@code ^}) and block ({@code *p}, {@code **p}) parameters,
 * {@code xacro:if/unless}, {@code xacro:include} (with {@code ns}), {@code insert_block}, {@code xacro:element},
 * {@code xacro:attribute} and {@code xacro.load_yaml}. Definitions take effect in document order, as in xacro.
 * A failure names the file and line where it happened and the chain of macro calls that led there; nesting of
 * macro calls and includes is bounded so a recursive macro fails with a message instead of a stack overflow.
 */
public final class XacroExpander {
    /** Deepest nesting of macro calls (a macro calling itself without end stops here). */
    public static final int MAX_MACRO_DEPTH = 100;
    /** Deepest nesting of includes (a file including itself stops here). */
    public static final int MAX_INCLUDE_DEPTH = 40;
    /** Most elements an expansion may produce. */
    public static final int MAX_ELEMENTS = 500_000;

    private record Call(String macro, Path file, int line) {
    }

    /** Where expanded content goes: the elements, and the attributes {@code xacro:attribute} sets on the parent. */
    private record Sink(List<XmlElement> elements, Map<String, String> attributes) {
        Sink() {
            this(new ArrayList<>(), new LinkedHashMap<>());
        }
    }

    private final XacroSubstitution substitution;
    private final Deque<Call> calls = new ArrayDeque<>();
    private int includeDepth;
    private int produced;

    private XacroExpander(Path top, XacroOptions options) {
        this.substitution = new XacroSubstitution(top, options);
    }

    /** Expands {@code file} with {@code options}; a {@link RobotDescriptionException} naming file, line and macro on failure. */
    public static XacroExpansion expand(Path file, XacroOptions options) {
        XacroExpander e = new XacroExpander(file, options);
        XmlElement root = e.read(file, null);
        XacroSource source = sourceOf(file, root);
        XacroScope global = new XacroScope(null);
        Sink sink = new Sink();
        e.children(root, global, source, sink);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : root.attributes().entrySet()) {
            if (!a.getKey().startsWith("xmlns")) {
                attributes.put(a.getKey(), e.guarded(root, () -> e.substitution.text(a.getValue(), global, source)));
            }
        }
        attributes.putAll(sink.attributes());
        XmlElement robot = new XmlElement(root.name(), attributes, root.file(), root.line());
        sink.elements().forEach(robot::addChild);
        return new XacroExpansion(robot, e.substitution.declaredArguments(), e.substitution.filesRead());
    }

    /** True for the names xacro files go by: {@code .xacro}, {@code .urdf.xacro}. */
    public static boolean isXacro(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xacro");
    }

    private XmlElement read(Path file, XmlElement includedFrom) {
        try {
            if (Files.size(file) > XacroSubstitution.MAX_FILE_BYTES) {
                throw fail(includedFrom, file + " is larger than " + XacroSubstitution.MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
        } catch (IOException e) {
            if (includedFrom != null) {
                throw fail(includedFrom, "include not found: " + file);
            }
            throw new RobotDescriptionException(file, 0, null, "file not found");
        }
        substitution.fileRead(file);
        return XmlTreeReader.read(file);
    }

    static XacroSource sourceOf(Path file, XmlElement root) {
        for (Map.Entry<String, String> a : root.attributes().entrySet()) {
            String v = a.getValue().replaceFirst("^https?://(www\\.)?", "").replaceAll("/+$", "");
            if (a.getKey().startsWith("xmlns:") && v.equals("ros.org/wiki/xacro")) {
                return new XacroSource(file, a.getKey().substring("xmlns:".length()));
            }
        }
        return new XacroSource(file, "xacro");
    }

    private void children(XmlElement in, XacroScope scope, XacroSource source, Sink sink) {
        for (XmlElement child : in.children()) {
            element(child, scope, source, sink);
        }
    }

    private void element(XmlElement in, XacroScope scope, XacroSource source, Sink sink) {
        String tag = source.xacroTag(in.name());
        if (tag == null) {
            copy(in, in.name(), scope, source, sink, Map.of());
            return;
        }
        switch (tag) {
            case "property" -> property(in, scope, source);
            case "arg" -> guarded(in, () -> {
                substitution.declareArgument(in.required("name"), in.attribute("default"), scope, source);
                return null;
            });
            case "macro" -> macroDefinition(in, scope, source);
            case "include" -> include(in, scope, source, sink);
            case "if", "unless" -> {
                boolean value = condition(in, scope, source);
                if (value == tag.equals("if")) {
                    children(in, scope, source, sink);
                }
            }
            case "insert_block" -> insertBlock(in, scope, sink);
            case "element" -> {
                String name = guarded(in, () -> substitution.text(in.required(source.prefix() + ":name"), scope, source));
                copy(in, name, scope, source, sink, Map.of(source.prefix() + ":name", ""));
            }
            case "attribute" -> guarded(in, () -> sink.attributes().put(
                    substitution.text(in.required("name"), scope, source),
                    substitution.text(in.required("value"), scope, source)));
            case "call" -> call(in, guarded(in, () -> substitution.text(in.required("macro"), scope, source)), scope, source, sink);
            default -> call(in, tag, scope, source, sink);
        }
    }

    private void copy(XmlElement in, String name, XacroScope scope, XacroSource source, Sink sink, Map<String, String> skip) {
        if (++produced > MAX_ELEMENTS) {
            throw fail(in, "the expansion produces more than " + MAX_ELEMENTS + " elements");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, String> a : in.attributes().entrySet()) {
            if (!skip.containsKey(a.getKey())) {
                attributes.put(a.getKey(), guarded(in, () -> substitution.text(a.getValue(), scope, source)));
            }
        }
        Sink inner = new Sink();
        children(in, scope, source, inner);
        attributes.putAll(inner.attributes());
        XmlElement out = new XmlElement(name, attributes, in.file(), in.line());
        inner.elements().forEach(out::addChild);
        sink.elements().add(out);
    }

    private void property(XmlElement in, XacroScope scope, XacroSource source) {
        String name = guarded(in, () -> substitution.text(in.required("name"), scope, source));
        String where = in.attribute("scope").orElse("local");
        XacroScope target = where.equals("global") ? scope.global() : where.equals("parent") ? scope.parent() : scope;
        XacroScope.Property p;
        if (in.has("value") || in.has("default")) {
            String text = in.attribute("value").orElseGet(() -> in.required("default"));
            if (!in.has("value") && target.property(name) != null) {
                return; // a default only fills in a property nobody set
            }
            List<Call> at = List.copyOf(calls);
            boolean lazy = !"false".equalsIgnoreCase(in.attribute("lazy_eval").orElse("true"));
            if (lazy) {
                p = XacroScope.Property.lazy(() -> guardedAt(in, at, () -> substitution.stored(text, scope, source)));
            } else {
                p = XacroScope.Property.value(guarded(in, () -> substitution.stored(text, scope, source)));
            }
        } else {
            p = XacroScope.Property.block(in, scope, source, true);
        }
        target.define(name, p);
    }

    private void macroDefinition(XmlElement in, XacroScope scope, XacroSource source) {
        String name = guarded(in, () -> in.required("name"));
        List<XacroMacro.Param> params = guarded(in, () -> XacroMacro.parseParams(in.attribute("params").orElse("")));
        scope.define(new XacroMacro(name, params, in, source));
    }

    private boolean condition(XmlElement in, XacroScope scope, XacroSource source) {
        return guarded(in, () -> {
            Object v = substitution.value(in.required("value"), scope, source);
            if (v instanceof String s) {
                v = XacroValues.literal(s.strip());
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof Long l && (l == 0 || l == 1)) {
                return l == 1;
            }
            if (v instanceof Double d && (d == 0 || d == 1)) {
                return d == 1;
            }
            throw new XacroEvalException("condition '" + in.required("value") + "' is " + XacroValues.describe(v)
                    + ", not true or false");
        });
    }

    private void include(XmlElement in, XacroScope scope, XacroSource source, Sink sink) {
        String name = guarded(in, () -> substitution.text(in.required("filename"), scope, source));
        Path file = source.folder().resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw fail(in, "include not found: " + file + (name.equals(file.toString()) ? "" : " (filename \"" + name + "\")"));
        }
        if (++includeDepth > MAX_INCLUDE_DEPTH) {
            throw fail(in, "includes nested more than " + MAX_INCLUDE_DEPTH + " deep (does a file include itself?)");
        }
        try {
            XmlElement root = read(file, in);
            XacroSource included = sourceOf(file, root);
            Optional<String> ns = in.attribute("ns");
            if (ns.isEmpty()) {
                children(root, scope, included, sink);
            } else {
                XacroScope own = new XacroScope(scope);
                children(root, own, included, sink);
                own.exportTo(scope, ns.get());
            }
        } finally {
            includeDepth--;
        }
    }

    private void insertBlock(XmlElement in, XacroScope scope, Sink sink) {
        String name = guarded(in, () -> in.required("name"));
        XacroScope.Property p = scope.property(name);
        if (p == null || p.block == null) {
            throw fail(in, p == null ? "undefined block '" + name + "'" : "'" + name + "' is a value, not a block");
        }
        if (p.blockContentOnly) {
            children(p.block, p.blockScope, p.blockSource, sink);
        } else {
            element(p.block, p.blockScope, p.blockSource, sink);
        }
    }

    private void call(XmlElement in, String name, XacroScope scope, XacroSource source, Sink sink) {
        XacroMacro macro = scope.macro(name);
        if (macro == null) {
            throw fail(in, "unknown macro '" + name + "' (no <" + source.prefix() + ":macro name=\"" + name
                    + "\"> defined before this call)");
        }
        if (calls.size() >= MAX_MACRO_DEPTH) {
            throw fail(in, "recursion too deep: more than " + MAX_MACRO_DEPTH + " nested macro calls");
        }
        XacroScope own = new XacroScope(scope);
        bindValues(in, macro, scope, own, source);
        bindBlocks(in, macro, scope, own, source);
        calls.push(new Call(name, in.file(), in.line()));
        try {
            children(macro.body(), own, macro.source(), sink);
        } finally {
            calls.pop();
        }
    }

    private void bindValues(XmlElement in, XacroMacro macro, XacroScope caller, XacroScope own, XacroSource source) {
        for (Map.Entry<String, String> a : in.attributes().entrySet()) {
            if (in.name().equals(source.prefix() + ":call") && a.getKey().equals("macro")) {
                continue; // <xacro:call macro="..."> names the macro, it passes no parameter
            }
            Optional<XacroMacro.Param> p = macro.param(a.getKey());
            if (p.isEmpty() || p.get().kind() != XacroMacro.Kind.VALUE) {
                throw fail(in, "macro '" + macro.name() + "' has no parameter '" + a.getKey() + "'");
            }
            Object v = guarded(in, () -> substitution.stored(a.getValue(), caller, source));
            own.define(a.getKey(), XacroScope.Property.value(v));
        }
        for (XacroMacro.Param p : macro.params()) {
            if (p.kind() != XacroMacro.Kind.VALUE || in.has(p.name()) && !isCallName(in, p.name(), source)) {
                continue;
            }
            if (p.inherit()) {
                XacroScope.Property outer = caller.property(p.name());
                if (outer != null) {
                    own.define(p.name(), outer);
                    continue;
                }
            }
            if (p.defaultText().isEmpty()) {
                throw fail(in, "missing parameter '" + p.name() + "' of macro '" + macro.name() + "'"
                        + (p.inherit() ? " (its default ^ takes it from the caller, which has no property '" + p.name() + "')" : ""));
            }
            String text = p.defaultText().get();
            own.define(p.name(), XacroScope.Property.value(
                    guarded(macro.body(), () -> substitution.stored(text, own, macro.source()))));
        }
    }

    private static boolean isCallName(XmlElement in, String attribute, XacroSource source) {
        return in.name().equals(source.prefix() + ":call") && attribute.equals("macro");
    }

    private void bindBlocks(XmlElement in, XacroMacro macro, XacroScope caller, XacroScope own, XacroSource source) {
        List<XmlElement> given = in.children();
        int next = 0;
        for (XacroMacro.Param p : macro.params()) {
            if (p.kind() == XacroMacro.Kind.VALUE) {
                continue;
            }
            if (next >= given.size()) {
                throw fail(in, "missing block parameter '" + (p.kind() == XacroMacro.Kind.BLOCK ? "*" : "**") + p.name()
                        + "' of macro '" + macro.name() + "' (" + given.size() + " child element"
                        + (given.size() == 1 ? "" : "s") + " given)");
            }
            own.define(p.name(), XacroScope.Property.block(given.get(next++), caller, source,
                    p.kind() == XacroMacro.Kind.BLOCK_CONTENT));
        }
        if (next < given.size()) {
            throw fail(given.get(next), "macro '" + macro.name() + "' takes " + next + " block"
                    + (next == 1 ? "" : "s") + ", this element is one too many");
        }
    }

    private interface Work<T> {
        T run();
    }

    private <T> T guarded(XmlElement at, Work<T> work) {
        return guardedAt(at, List.copyOf(calls), work);
    }

    /** Runs {@code work}, turning an evaluation failure into an error at {@code at} within the macro chain {@code chain}. */
    private <T> T guardedAt(XmlElement at, List<Call> chain, Work<T> work) {
        try {
            return work.run();
        } catch (XacroEvalException e) {
            throw fail(at, chain, e.getMessage());
        } catch (RobotDescriptionException e) {
            throw e;
        }
    }

    private RobotDescriptionException fail(XmlElement at, String problem) {
        return fail(at, List.copyOf(calls), problem);
    }

    private static RobotDescriptionException fail(XmlElement at, List<Call> chain, String problem) {
        if (chain.isEmpty()) {
            return new RobotDescriptionException(at.file(), at.line(), at.name(), problem);
        }
        StringBuilder sb = new StringBuilder(problem).append(" (in macro ");
        List<Call> outward = new ArrayList<>(chain);
        java.util.Collections.reverse(outward); // outermost first: how the user reads the calls
        for (int i = 0; i < outward.size(); i++) {
            Call c = outward.get(i);
            if (i > 0) {
                sb.append(" > ");
            }
            sb.append('\'').append(c.macro()).append("' called at ").append(c.file().getFileName()).append(':').append(c.line());
        }
        return new RobotDescriptionException(at.file(), at.line(), at.name(), sb.append(')').toString());
    }
}
