package io.gizmostudio.server.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Unique, simulator-safe names for the parts of one scene export: the asset name folded to
 * {@code [a-z0-9_]}, at most 40 characters, never starting with a digit, with {@code _2}, {@code _3}… for
 * repeats. Deterministic for the same placements in the same order.
 */
public final class ScenePartNames {
    private static final int MAX = 40;
    private final Set<String> used = new HashSet<>();

    public String next(String assetName) {
        String base = fold(assetName);
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    static String fold(String raw) {
        StringBuilder sb = new StringBuilder();
        boolean underscore = false;
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (ok) {
                sb.append(c);
                underscore = false;
            } else if (!underscore && sb.length() > 0) {
                sb.append('_');
                underscore = true;
            }
            if (sb.length() >= MAX) {
                break;
            }
        }
        String s = sb.toString().replaceAll("_+$", "");
        if (s.isEmpty()) {
            return "asset";
        }
        return Character.isDigit(s.charAt(0)) ? "a_" + s : s;
    }
}
