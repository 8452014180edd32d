package io.gizmostudio.core.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the words that say how an asset is shaped, mounted and posed: shape ("round", "square", "L-shaped"),
 * mounting ("wall-mounted", "hung on the wall", "ceiling-mounted", "on a stand", "floor-standing"), the initial
 * state of its doors, lids and drawers ("opened at 110°", "half open", "drawers pulled out", "ajar", "closed")
 * and size words whose meaning depends on the family ("tall", "low", "short"). Runs before lengths are read, so
 * "110 degrees" after "opened at" becomes an angle rather than a number without a use.
 */
final class StateWords {
    static final String OPEN_DEG = "initial_open_deg";
    static final String OPEN_FRACTION = "initial_open_fraction";
    /** Option naming the part a state phrase is about ("its drawers half open" → {@code drawer}). */
    static final String OPEN_PART = "initial_open_part";
    private static final Map<String, String> PARTS = Map.ofEntries(Map.entry("door", "door"), Map.entry("doors", "door"),
            Map.entry("gate", "door"), Map.entry("leaf", "door"), Map.entry("lid", "lid"), Map.entry("lids", "lid"),
            Map.entry("screen", "lid"), Map.entry("drawer", "drawer"), Map.entry("drawers", "drawer"),
            Map.entry("rack", "rack"), Map.entry("racks", "rack"));
    /** How many tokens before (and after) a state phrase may name its part: "the 2 lower drawers pulled out". */
    private static final int PART_BEFORE = 4, PART_AFTER = 2;
    private static final Map<String, String> SHAPES = Map.of("round", "round", "circular", "round",
            "square", "square", "rectangular", "rectangular", "rectangle", "rectangular", "oval", "oval");
    private static final Map<String, String> PLACES = Map.of("wall", "wall", "ceiling", "ceiling", "floor", "floor",
            "stand", "stand", "pedestal", "stand", "tripod", "stand");
    private static final Set<String> MOUNT_VERBS = Set.of("mounted", "mount", "hung", "hanging", "fixed", "standing",
            "attached", "bolted");
    private static final Set<String> OPEN_WORDS = Set.of("open", "opened", "opening", "opens", "swung", "tilted",
            "raised");
    private static final Set<String> OPENABLE = Set.of("door", "doors", "lid", "drawer", "drawers", "racks", "rack",
            "screen");
    private static final Set<String> DEGREES = Set.of("deg", "degree", "degrees");
    private static final Set<String> FAMILY_SIZES = Set.of("tall", "low", "short");

    private StateWords() {
    }

    static void read(PromptReading r) {
        List<PromptToken> t = r.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (r.isConsumed(i) || !t.get(i).isWord()) {
                continue;
            }
            int end = angle(r, i);
            if (end < 0) {
                end = mounting(r, i);
            }
            if (end < 0) {
                end = fraction(r, i);
            }
            if (end < 0) {
                end = shapeOrSize(r, i);
            }
            if (end > i) {
                i = end - 1;
            }
        }
    }

    /** "opened at 110 deg", "open 45 degrees", "tilted to 30°". */
    private static int angle(PromptReading r, int i) {
        List<PromptToken> t = r.tokens;
        if (!OPEN_WORDS.contains(t.get(i).text())) {
            return -1;
        }
        int k = i + 1;
        while (k < t.size() && k <= i + 3 && (t.get(k).is("at") || t.get(k).is("to") || t.get(k).is("by")
                || t.get(k).is("about") || t.get(k).is("around"))) {
            k++;
        }
        if (k + 1 < t.size() && t.get(k).isNumber() && t.get(k + 1).isWord() && DEGREES.contains(t.get(k + 1).text())) {
            r.add(new PromptReading.Quantity(OPEN_DEG, t.get(k).value(), i, k + 2));
            return k + 2;
        }
        return -1;
    }

    private static int fraction(PromptReading r, int i) {
        List<PromptToken> t = r.tokens;
        PromptToken w = t.get(i);
        boolean nextOpen = i + 1 < t.size() && (t.get(i + 1).is("open") || t.get(i + 1).is("opened"));
        if ((w.is("half") || w.is("halfway") || w.is("partly") || w.is("partially")) && nextOpen) {
            return add(r, 0.5, i, i + 2);
        }
        if (w.is("half") && i + 2 < t.size() && t.get(i + 1).is("way") && t.get(i + 2).is("open")) {
            return add(r, 0.5, i, i + 3);
        }
        if ((w.is("wide") || w.is("fully")) && nextOpen) {
            return add(r, 1.0, i, i + 2);
        }
        if (w.is("pulled") && i + 1 < t.size() && (t.get(i + 1).is("out") || t.get(i + 1).is("open"))) {
            return add(r, 1.0, i, i + 2);
        }
        if (w.is("ajar")) {
            return add(r, 0.15, i, i + 1);
        }
        if (w.is("closed") || w.is("shut")) {
            return add(r, 0.0, i, i + 1);
        }
        if ((w.is("open") || w.is("opened")) && i > 0 && OPENABLE.contains(t.get(i - 1).text())
                && !(i + 1 < t.size() && t.get(i + 1).is("top"))) {
            return add(r, 1.0, i, i + 1);
        }
        return -1;
    }

    /**
     * The part the state phrase at tokens [start, end) is about: the nearest door, lid, drawer or rack word just
     * before it ("drawers half open") or just after it ("a half open door"); empty when none is named.
     */
    static java.util.Optional<String> openedPart(PromptReading r, int start, int end) {
        List<PromptToken> t = r.tokens;
        for (int d = 1; d <= PART_BEFORE; d++) {
            int before = start - d;
            if (before >= 0 && t.get(before).isWord() && PARTS.containsKey(t.get(before).text())) {
                return java.util.Optional.of(PARTS.get(t.get(before).text()));
            }
            int after = end + d - 1;
            if (d <= PART_AFTER && after < t.size() && t.get(after).isWord() && PARTS.containsKey(t.get(after).text())) {
                return java.util.Optional.of(PARTS.get(t.get(after).text()));
            }
        }
        return java.util.Optional.empty();
    }

    private static int add(PromptReading r, double fraction, int start, int end) {
        r.add(new PromptReading.Quantity(OPEN_FRACTION, fraction, start, end));
        return end;
    }

    /** "wall-mounted", "ceiling mount", "floor standing", "mounted on the ceiling", "hung on a wall", "on a stand". */
    private static int mounting(PromptReading r, int i) {
        List<PromptToken> t = r.tokens;
        String place = PLACES.get(t.get(i).text());
        if (place != null && i + 1 < t.size() && MOUNT_VERBS.contains(t.get(i + 1).text())) {
            return option(r, "mounting", place, i, i + 2);
        }
        int k = i;
        if (MOUNT_VERBS.contains(t.get(k).text())) {
            k++;
        }
        if (k < t.size() && (t.get(k).is("on") || t.get(k).is("from") || t.get(k).is("to"))) {
            int p = k + 1;
            if (p < t.size() && (t.get(p).is("the") || t.get(p).is("a") || t.get(p).is("its"))) {
                p++;
            }
            if (p < t.size() && t.get(p).isWord() && PLACES.containsKey(t.get(p).text())
                    && !(p + 1 < t.size() && FamilyVocabulary.longestAt(t, p + 1).isPresent()
                         && t.get(p).is("wall"))) {
                return option(r, "mounting", PLACES.get(t.get(p).text()), i, p + 1);
            }
        }
        return -1;
    }

    private static int shapeOrSize(PromptReading r, int i) {
        List<PromptToken> t = r.tokens;
        PromptToken w = t.get(i);
        if (w.is("l") && i + 1 < t.size() && (t.get(i + 1).is("shaped") || t.get(i + 1).is("shape"))) {
            return option(r, "shape", "l_shaped", i, i + 2);
        }
        if (SHAPES.containsKey(w.text())) {
            return option(r, "shape", SHAPES.get(w.text()), i, i + 1);
        }
        boolean afterLength = i > 0 && (t.get(i - 1).isNumber()
                || t.get(i - 1).isWord() && LengthUnit.of(t.get(i - 1).text()).isPresent());
        if (FAMILY_SIZES.contains(w.text()) && !afterLength) {
            r.add(new PromptReading.FamilySize(w.text(), i, i + 1));
            return i + 1;
        }
        return -1;
    }

    private static int option(PromptReading r, String key, String value, int start, int end) {
        r.add(new PromptReading.OptionTrait(key, value, start, end));
        return end;
    }

    /** How an option reads in {@code ignored}: "wall-mounted", "on a stand", "L-shaped". */
    static String phrase(String key, String value) {
        if (key.equals("mounting")) {
            return switch (value) {
                case "stand" -> "on a stand";
                case "floor" -> "floor-standing";
                default -> value + "-mounted";
            };
        }
        return value.equals("l_shaped") ? "L-shaped" : value;
    }
}
