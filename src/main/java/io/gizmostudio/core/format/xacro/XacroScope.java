package io.gizmostudio.core.format.xacro;

import io.gizmostudio.core.format.xml.XmlElement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One level of xacro's symbol table: the properties and macros defined at the top of a file, or inside one macro
 * call. Lookups climb to the enclosing scope (xacro scopes dynamically: a macro body sees its caller's
 * properties). A property's value is evaluated when first used, so it may refer to properties defined after it.
 */
final class XacroScope {
    /** A property: a value, an expression to evaluate on first use, or a block of elements. */
    static final class Property {
        private Supplier<Object> pending;
        private Object value;
        private boolean evaluating;
        final XmlElement block;
        final XacroScope blockScope;
        final XacroSource blockSource;
        final boolean blockContentOnly;

        private Property(Supplier<Object> pending, Object value, XmlElement block, XacroScope blockScope,
                         XacroSource blockSource, boolean blockContentOnly) {
            this.pending = pending;
            this.value = value;
            this.block = block;
            this.blockScope = blockScope;
            this.blockSource = blockSource;
            this.blockContentOnly = blockContentOnly;
        }

        static Property value(Object value) {
            return new Property(null, value, null, null, null, false);
        }

        static Property lazy(Supplier<Object> evaluation) {
            return new Property(evaluation, null, null, null, null, false);
        }

        /**
         * A block written in {@code source}, expanded where it is inserted in {@code scope} (where it was written);
         * {@code contentOnly}: insert the block's children ({@code **param} and block properties), not itself.
         */
        static Property block(XmlElement block, XacroScope scope, XacroSource source, boolean contentOnly) {
            return new Property(null, null, block, scope, source, contentOnly);
        }

        Object value(String name) {
            if (block != null) {
                throw new XacroEvalException("'" + name + "' is a block, insert it with insert_block");
            }
            if (pending != null) {
                if (evaluating) {
                    throw new XacroEvalException("property '" + name + "' is defined in terms of itself");
                }
                evaluating = true;
                try {
                    value = pending.get();
                    pending = null;
                } finally {
                    evaluating = false;
                }
            }
            return value;
        }
    }

    private final XacroScope parent;
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Map<String, XacroMacro> macros = new HashMap<>();

    XacroScope(XacroScope parent) {
        this.parent = parent;
    }

    XacroScope parent() {
        return parent == null ? this : parent;
    }

    XacroScope global() {
        XacroScope s = this;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    void define(String name, Property p) {
        properties.put(name, p);
    }

    void define(XacroMacro m) {
        macros.put(m.name(), m);
    }

    Property property(String name) {
        for (XacroScope s = this; s != null; s = s.parent) {
            Property p = s.properties.get(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    XacroMacro macro(String name) {
        for (XacroScope s = this; s != null; s = s.parent) {
            XacroMacro m = s.macros.get(name);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** Copies this scope's definitions into {@code target} under {@code ns.} (an include with {@code ns=}). */
    void exportTo(XacroScope target, String ns) {
        Map<String, Object> values = new LinkedHashMap<>();
        properties.forEach((name, p) -> {
            target.define(ns + "." + name, p);
            if (p.block == null) {
                values.put(name, new LazyValue(name, p));
            }
        });
        macros.forEach((name, m) -> target.define(m.renamed(ns + "." + name)));
        target.define(ns, Property.lazy(() -> resolved(values)));
    }

    private record LazyValue(String name, Property p) {
    }

    private static Map<String, Object> resolved(Map<String, Object> values) {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v instanceof LazyValue l ? l.p().value(l.name()) : v));
        return out;
    }
}
