package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Rgba;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named colours a prompt may use, with their RGBA. Two-word names ("dark grey", "light blue") win over
 * their last word; American and British spellings name the same colour ("gray" → {@code grey}).
 */
final class ColorPalette {
    /** A colour named in a prompt: its canonical name, the colour, and how many tokens the name spans. */
    record Match(String name, Rgba color, int length) {
    }

    private static final Map<String, Rgba> COLORS = new LinkedHashMap<>();
    private static final Map<String, String> SPELLINGS = Map.of("gray", "grey");

    static {
        put("red", "#c62828");
        put("green", "#2e7d32");
        put("blue", "#1e5aa8");
        put("yellow", "#f2c500");
        put("orange", "#ef6c00");
        put("black", "#1b1b1b");
        put("white", "#f2f2f2");
        put("grey", "#808080");
        put("silver", "#c0c0c8");
        put("brown", "#6d4c2f");
        put("purple", "#6a1b9a");
        put("violet", "#7f4fc9");
        put("pink", "#e87ea1");
        put("cyan", "#00acc1");
        put("teal", "#00796b");
        put("navy", "#1a237e");
        put("beige", "#d8c8a8");
        put("gold", "#c9a227");
        put("maroon", "#7b1f2a");
        put("olive", "#6b6b1e");
        put("lime", "#9ccc3a");
        put("magenta", "#c2185b");
        put("charcoal", "#36393d");
        put("cream", "#f3ecd8");
        put("ivory", "#f4f0e2");
        put("tan", "#c8a27a");
        put("dark grey", "#444a50");
        put("light grey", "#c8c8c8");
        put("dark blue", "#123a6b");
        put("light blue", "#7fb3e6");
        put("sky blue", "#6ec1f0");
        put("navy blue", "#1a237e");
        put("dark green", "#1b4d24");
        put("light green", "#8fd18f");
        put("dark red", "#8b1a1a");
        put("safety yellow", "#f5c400");
        put("safety orange", "#ff6a13");
    }

    private ColorPalette() {
    }

    private static void put(String name, String hex) {
        COLORS.put(name, Rgba.hex(hex));
    }

    /** Every canonical colour name, in palette order. */
    static List<String> names() {
        return List.copyOf(COLORS.keySet());
    }

    static Optional<Rgba> color(String name) {
        return Optional.ofNullable(COLORS.get(name));
    }

    /** The colour named at {@code i} ("dark gray" → {@code dark grey}), if any. */
    static Optional<Match> at(List<PromptToken> tokens, int i) {
        if (!tokens.get(i).isWord()) {
            return Optional.empty();
        }
        String first = canonical(tokens.get(i).text());
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()) {
            String two = first + " " + canonical(tokens.get(i + 1).text());
            if (COLORS.containsKey(two)) {
                return Optional.of(new Match(two, COLORS.get(two), 2));
            }
        }
        Rgba c = COLORS.get(first);
        return c == null ? Optional.empty() : Optional.of(new Match(first, c, 1));
    }

    private static String canonical(String word) {
        String s = SPELLINGS.get(word);
        return s == null ? word : s;
    }
}
