package io.gizmostudio.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds lengths in a prompt: a number with a unit, named by a dimension word after it ("60 cm wide",
 * "1.2 m reach", "800mm tall", "60 cm in width") or before it ("a reach of 1.2 m", "diameter 30 cm"), or bare
 * ("a 1.2 m arm"). "120 x 60 x 75 cm" gives extents. A radius is read as a diameter. Numbers with a unit that is
 * not a length ("5 kg", "90 degrees", "24 V") are consumed without a trait so they are never taken for counts.
 */
final class DimensionReader {
    private static final String RADIUS = "radius";
    private static final Map<String, String> DIMENSION_WORDS = Map.ofEntries(
            Map.entry("reach", "reach"), Map.entry("reaching", "reach"),
            Map.entry("wide", "width"), Map.entry("width", "width"), Map.entry("broad", "width"),
            Map.entry("deep", "depth"), Map.entry("depth", "depth"),
            Map.entry("tall", "height"), Map.entry("high", "height"), Map.entry("height", "height"),
            Map.entry("long", "length"), Map.entry("length", "length"), Map.entry("span", "length"),
            Map.entry("diameter", "diameter"), Map.entry("dia", "diameter"), Map.entry("diam", "diameter"),
            Map.entry("across", "diameter"), Map.entry("radius", RADIUS),
            Map.entry("travel", "travel"), Map.entry("stroke", "travel"), Map.entry("range", "travel"),
            Map.entry("thick", "thickness"), Map.entry("thickness", "thickness"));
    /** Words allowed between a leading dimension word and its number: "a reach of about 1.2 m". */
    private static final Set<String> FILLERS = Set.of("of", "is", "about", "approximately", "approx", "around",
            "roughly", "nearly", "almost", "some", "up", "to", "at", "least");
    private static final Set<String> OTHER_UNITS = Set.of("kg", "kilo", "kilos", "kilogram", "kilograms", "g",
            "gram", "grams", "lb", "lbs", "pound", "pounds", "n", "newton", "newtons", "nm", "deg", "degree",
            "degrees", "rpm", "hz", "v", "volt", "volts", "w", "watt", "watts", "kw", "s", "sec", "secs", "second",
            "seconds", "percent", "l", "liter", "liters", "litre", "litres", "mph", "kph", "kmh");

    /** Sub-parts a length may describe, with the dimension a bare length of that part means. */
    private static final Map<String, String[]> PARTS = Map.ofEntries(
            Map.entry("wheel", new String[] {"wheel", "diameter"}), Map.entry("wheels", new String[] {"wheel", "diameter"}),
            Map.entry("tyres", new String[] {"wheel", "diameter"}), Map.entry("tires", new String[] {"wheel", "diameter"}),
            Map.entry("cup", new String[] {"cup", "diameter"}), Map.entry("cups", new String[] {"cup", "diameter"}),
            Map.entry("roller", new String[] {"roller", "diameter"}), Map.entry("rollers", new String[] {"roller", "diameter"}),
            Map.entry("top", new String[] {"top", "thickness"}), Map.entry("legs", new String[] {"leg", "height"}),
            Map.entry("leg", new String[] {"leg", "height"}),
            Map.entry("fingers", new String[] {"finger", "length"}), Map.entry("jaws", new String[] {"finger", "length"}));

    private DimensionReader() {
    }

    static void read(PromptReading reading) {
        List<PromptToken> t = reading.tokens;
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).isNumber() || reading.isConsumed(i)) {
                i++;
                continue;
            }
            i = readGroup(reading, i);
        }
    }

    /** Reads the number group at {@code start}; returns the index after what it used. */
    private static int readGroup(PromptReading reading, int start) {
        List<PromptToken> t = reading.tokens;
        List<Double> values = new ArrayList<>();
        List<LengthUnit> units = new ArrayList<>();
        int j = start;
        while (true) {
            values.add(t.get(j).value());
            j++;
            LengthUnit u = j < t.size() && t.get(j).isWord() ? LengthUnit.of(t.get(j).text()).orElse(null) : null;
            units.add(u);
            if (u != null) {
                j++;
            }
            boolean more = j + 1 < t.size() && (t.get(j).is("x") || t.get(j).is("by")) && t.get(j + 1).isNumber()
                    && values.size() < 3;
            if (!more) {
                break;
            }
            j++;
        }
        if (units.stream().allMatch(u -> u == null)) {
            if (values.size() == 1 && isOtherQuantity(t, start + 1)) {
                reading.consume(start, start + 2);
                return start + 2;
            }
            return start + 1;
        }
        List<Double> metres = toMetres(values, units);
        if (metres.size() > 1) {
            reading.add(new PromptReading.Extents(metres, start, j));
            return j;
        }
        double m = metres.get(0);
        Optional<String> after = wordAfter(t, j);
        int end = after.isEmpty() ? j : t.get(j).is("in") || t.get(j).is("of") ? j + 2 : j + 1;
        String[] part = end < t.size() && t.get(end).isWord() ? PARTS.get(t.get(end).text()) : null;
        if (part == null) {
            part = partBefore(t, start);
        }
        if (part != null) {
            // "10 cm wheels", "15 cm diameter wheels", "wheels 8 cm in diameter": the part's, not the asset's
            PromptReading.Dimension d = dimension(after.orElse(part[1]), m, start, end);
            reading.add(new PromptReading.Dimension(d.key(), d.metres(), start, end, part[0]));
            return end;
        }
        if (after.isPresent()) {
            reading.add(dimension(after.get(), m, start, end));
            return end;
        }
        int before = wordBefore(reading, start);
        if (before >= 0) {
            reading.add(dimension(DIMENSION_WORDS.get(t.get(before).text()), m, before, j));
            return j;
        }
        reading.add(new PromptReading.Dimension(null, m, start, j));
        return j;
    }

    /** The part named just before a length ("wheels of 12 cm", "fingers 8 cm long"), or null. */
    private static String[] partBefore(List<PromptToken> t, int start) {
        int k = start - 1;
        if (k >= 0 && (t.get(k).is("of") || t.get(k).is("about"))) {
            k--;
        }
        return k >= 0 && k < start && t.get(k).isWord() ? PARTS.get(t.get(k).text()) : null;
    }

    private static PromptReading.Dimension dimension(String key, double metres, int start, int end) {
        return RADIUS.equals(key)
                ? new PromptReading.Dimension("diameter", 2 * metres, start, end)
                : new PromptReading.Dimension(key, metres, start, end);
    }

    private static boolean isOtherQuantity(List<PromptToken> t, int i) {
        if (i >= t.size() || !t.get(i).isWord() || !OTHER_UNITS.contains(t.get(i).text())) {
            return false;
        }
        // "6 degrees of freedom" is a count, not an angle
        return !(i + 2 < t.size() && t.get(i + 1).is("of") && t.get(i + 2).is("freedom"));
    }

    /** Each value in its own unit, or in the next unit written after it ("120 x 60 cm"), or the last one before. */
    private static List<Double> toMetres(List<Double> values, List<LengthUnit> units) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            LengthUnit u = null;
            for (int n = k; n < units.size() && u == null; n++) {
                u = units.get(n);
            }
            for (int n = k; n >= 0 && u == null; n--) {
                u = units.get(n);
            }
            out.add(u.toMetres(values.get(k)));
        }
        return out;
    }

    private static Optional<String> wordAfter(List<PromptToken> t, int j) {
        if (j >= t.size() || !t.get(j).isWord()) {
            return Optional.empty();
        }
        String key = DIMENSION_WORDS.get(t.get(j).text());
        if (key == null && (t.get(j).is("in") || t.get(j).is("of")) && j + 1 < t.size() && t.get(j + 1).isWord()) {
            key = DIMENSION_WORDS.get(t.get(j + 1).text());
        }
        return Optional.ofNullable(key);
    }

    /** The index of a dimension word before the number at {@code start} (past up to three fillers), or -1. */
    private static int wordBefore(PromptReading reading, int start) {
        List<PromptToken> t = reading.tokens;
        for (int k = start - 1; k >= 0 && k >= start - 4; k--) {
            if (reading.isConsumed(k) || !t.get(k).isWord()) {
                return -1;
            }
            if (DIMENSION_WORDS.containsKey(t.get(k).text())) {
                return k;
            }
            if (!FILLERS.contains(t.get(k).text())) {
                return -1;
            }
        }
        return -1;
    }

    /** True for words that name a dimension ("wide", "reach", "stroke"), which count pass must leave alone. */
    static boolean isDimensionWord(PromptToken t) {
        return t.isWord() && DIMENSION_WORDS.containsKey(t.text());
    }
}
