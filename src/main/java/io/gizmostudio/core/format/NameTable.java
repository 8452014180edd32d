package io.gizmostudio.core.format;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns free-form names into identifiers every target format accepts ({@code [A-Za-z_][A-Za-z0-9_]*},
 * which also suits USD prim names) and keeps them unique within one namespace. The same source name
 * always maps to the same identifier; a second source name that sanitises to a taken identifier gets
 * {@code _2}, {@code _3}, … in first-come order, so the result is deterministic.
 */
public final class NameTable {
    private final Map<String, String> bySource = new HashMap<>();
    private final Set<String> taken;
    private final String prefix;

    public NameTable() {
        this(new HashSet<>(), "");
    }

    private NameTable(Set<String> taken, String prefix) {
        this.taken = taken;
        this.prefix = prefix;
    }

    /**
     * A view for one scene part: its identifiers start with {@code prefix}, it has its own source-name
     * lookup (two parts may both have a link called "base"), and it shares this table's taken set, so no
     * identifier is ever handed out twice in a document.
     */
    public NameTable scoped(String prefix) {
        return new NameTable(taken, this.prefix + prefix);
    }

    /** The identifier for {@code source}, creating it on first use. */
    public String name(String source) {
        String known = bySource.get(source);
        if (known != null) {
            return known;
        }
        String fresh = unique(prefix + sanitise(source));
        bySource.put(source, fresh);
        return fresh;
    }

    /** A new identifier for a name that is not looked up again (a geom, a generated helper). */
    public String fresh(String source) {
        return unique(prefix + sanitise(source));
    }

    /** Reserves {@code identifier} so no later name takes it. */
    public void reserve(String identifier) {
        taken.add(identifier);
    }

    private String unique(String base) {
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    /** Characters outside [A-Za-z0-9_] become '_'; an empty name becomes "unnamed"; a leading digit gets '_'. */
    public static String sanitise(String source) {
        StringBuilder sb = new StringBuilder(source == null ? 0 : source.length());
        if (source != null) {
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                sb.append(ok ? c : '_');
            }
        }
        if (sb.length() == 0) {
            return "unnamed";
        }
        if (Character.isDigit(sb.charAt(0))) {
            sb.insert(0, '_');
        }
        return sb.toString();
    }
}
