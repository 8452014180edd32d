package io.gizmostudio.core.generate;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a token list into a {@link PromptReading}, in passes that each consume what they use: lengths first
 * (so "60 cm" is never a count), then hinge and lid phrases, then family names and counted nouns left to right,
 * then colours, materials and sizes.
 *
 * <p>A word that is both a family and a counted noun ("door", "shelf", "rack") is a count when a number stands
 * before it ("two doors", "a 3 shelf rack") or when an earlier family takes that count ("a fridge with a door");
 * otherwise it names the family ("a left-hinged door"). A colour, material or size word directly in front of
 * a counted or part noun describes that part ("black rubber wheels", "3 large drawers") and is set aside.
 */
final class PromptReader {
    /** Words that may sit between a count and its noun without breaking the link ("3 large drawers"). */
    private static final int MAX_ADJECTIVES = 2;
    private static final Set<String> NOT_ADJECTIVES = Set.of("with", "and", "or", "on", "of", "plus", "the", "a",
            "an", "has", "having", "in", "to", "for", "without", "no", "its", "at", "by", "featuring");
    /** What "double X" counts on families built as stacked copies in one housing. */
    private static final java.util.Map<Family, String> MULTIPLES = java.util.Map.of(Family.OVEN, "doors");
    /** Words that make a following part noun refer to a part of the asset already named ("its door"). */
    private static final Set<String> POSSESSIVES = Set.of("its", "the", "their");
    private static final Set<String> PART_NOUNS = Set.of("handle", "handles", "knob", "knobs", "wheel", "wheels",
            "tyre", "tyres", "tire", "tires", "top", "frame", "legs", "leg", "lid", "pads", "pad", "cup", "cups",
            "links", "link", "joints", "trim", "panel", "panels", "glass", "body", "cover", "belt", "rollers",
            "casters", "castors", "door", "doors", "drawer", "drawers", "shelf", "shelves", "fingers", "finger",
            "jaws", "jaw", "tips", "fingertips", "base", "accents", "stripe", "stripes", "bumper");

    private PromptReader() {
    }

    static PromptReading read(List<PromptToken> tokens) {
        PromptReading reading = new PromptReading(tokens);
        ProductReferences.read(reading);
        StateWords.read(reading);
        DimensionReader.read(reading);
        readHingeAndLid(reading);
        readMentionsAndCounts(reading);
        readDescriptors(reading);
        return reading;
    }

    // ---- hinge side and lid -------------------------------------------------------------------------------

    private static void readHingeAndLid(PromptReading r) {
        List<PromptToken> t = r.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (r.isConsumed(i) || !t.get(i).isWord()) {
                continue;
            }
            int end = hingeEnd(t, i);
            if (end > i) {
                r.add(new PromptReading.OptionTrait("hinge", sideIn(t, i, end), i, end));
                i = end - 1;
                continue;
            }
            end = lidEnd(t, i);
            if (end > i) {
                boolean negated = t.get(i).is("no") || t.get(i).is("without") || t.get(i).is("open")
                        || t.get(i).is("lidless");
                r.add(new PromptReading.OptionTrait("lid", Boolean.toString(!negated), i, end));
                i = end - 1;
            }
        }
    }

    private static boolean isSide(PromptToken t) {
        return t.is("left") || t.is("right");
    }

    private static String sideIn(List<PromptToken> t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (isSide(t.get(k))) {
                return t.get(k).text();
            }
        }
        throw new IllegalStateException("hinge phrase without a side");
    }

    /** End of a hinge-side phrase at {@code i} ("left-hinged", "hinged on the right", "opens to the left"), or i. */
    private static int hingeEnd(List<PromptToken> t, int i) {
        PromptToken w = t.get(i);
        if (isSide(w) && i + 1 < t.size() && t.get(i + 1).isWord()
                && Set.of("hinged", "hinge", "hinges", "handed", "hand", "opening", "swing", "swinging")
                        .contains(t.get(i + 1).text())) {
            return i + 2;
        }
        boolean hingeWord = w.is("hinged") || w.is("hinge") || w.is("hinges");
        boolean openWord = Set.of("opens", "opening", "open", "swings", "swinging", "swing", "opened").contains(w.text());
        if (!hingeWord && !openWord) {
            return i;
        }
        int k = i + 1;
        Set<String> joiners = hingeWord ? Set.of("on", "at", "to", "the") : Set.of("to", "towards", "toward", "the");
        while (k < t.size() && k <= i + 3 && t.get(k).isWord() && joiners.contains(t.get(k).text())) {
            k++;
        }
        if (k == i + 1 || k >= t.size() || !isSide(t.get(k))) {
            return i;
        }
        int end = k + 1;
        if (end < t.size() && (t.get(end).is("side") || t.get(end).is("hand"))) {
            end++;
        }
        return end;
    }

    /** End of a lid phrase at {@code i} ("with a lid", "no lid", "without a cover", "open top", "lidded"), or i. */
    private static int lidEnd(List<PromptToken> t, int i) {
        PromptToken w = t.get(i);
        if (w.is("lid") || w.is("lidded") || w.is("lidless")) {
            return i + 1;
        }
        if (w.is("open") && i + 1 < t.size() && (t.get(i + 1).is("top") || t.get(i + 1).is("topped"))) {
            return i + 2;
        }
        if (w.is("no") || w.is("without")) {
            int k = i + 1;
            while (k < t.size() && k <= i + 2 && (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("any"))) {
                k++;
            }
            if (k < t.size() && (t.get(k).is("lid") || t.get(k).is("cover"))) {
                return k + 1;
            }
        }
        return i;
    }

    // ---- families and counts ------------------------------------------------------------------------------

    private static void readMentionsAndCounts(PromptReading r) {
        List<PromptToken> t = r.tokens;
        int i = 0;
        while (i < t.size()) {
            if (r.isConsumed(i)) {
                i++;
                continue;
            }
            final int at = i;
            Optional<FamilyVocabulary.Entry> phrase = FamilyVocabulary.longestAt(t, at)
                    .filter(e -> !r.anyConsumed(at, at + e.words().size()));
            Optional<CountNouns.Match> noun = CountNouns.at(t, at);
            Optional<PromptReading.Count> count = noun.flatMap(n -> countAt(r, at, n));
            if (phrase.isPresent() && count.isEmpty() && noun.isPresent() && isPartReference(r, at, noun.get())) {
                r.consume(at, at + noun.get().length()); // "a microwave with its door open": the microwave's door
                i += noun.get().length();
                continue;
            }
            if (phrase.isPresent() && (count.isEmpty() || !isCountContext(r, i, noun.get(), count.get()))) {
                FamilyVocabulary.Entry e = phrase.get();
                countBeforePhrase(r, i, e);
                multipleBeforePhrase(r, i, e);
                int negation = negationBefore(r, i);
                if (negation >= 0) {
                    r.consume(negation, i + e.words().size()); // "an arm with no gripper": nothing to add
                } else {
                    r.add(new PromptReading.Mention(e.family(), e.variant(), e.impliedCounts(), i,
                            i + e.words().size(), e.isWeak()));
                }
                i += e.words().size();
                continue;
            }
            if (t.get(i).isWord() && FamilyVocabulary.isUnsupportedKind(t.get(i).text())) {
                r.unsupportedKinds.add(t.get(i).text());
            }
            if (count.isPresent()) {
                r.add(count.get());
                int nounEnd = i + noun.get().length();
                // "a 3 shelf rack": the number counts the shelves, and the whole phrase still names the family
                if (phrase.isPresent() && phrase.get().words().size() > noun.get().length()) {
                    FamilyVocabulary.Entry e = phrase.get();
                    r.mentions.add(new PromptReading.Mention(e.family(), e.variant(), e.impliedCounts(), i,
                            i + e.words().size(), e.isWeak()));
                    r.consume(i, i + e.words().size());
                    nounEnd = i + e.words().size();
                }
                i = nounEnd;
                continue;
            }
            i++;
        }
    }

    /** "4 suction cups": a number before a phrase whose last word is a counted noun counts that noun. */
    private static void countBeforePhrase(PromptReading r, int i, FamilyVocabulary.Entry e) {
        int last = i + e.words().size() - 1;
        Optional<CountNouns.Match> noun = CountNouns.at(r.tokens, last);
        if (i > 0 && noun.isPresent() && noun.get().length() == 1 && r.tokens.get(i - 1).isNumber()
                && !r.isConsumed(i - 1) && r.tokens.get(i - 1).value() == Math.rint(r.tokens.get(i - 1).value())) {
            r.add(new PromptReading.Count(noun.get().key(), (int) r.tokens.get(i - 1).value(), i - 1, i));
        }
    }

    /**
     * "a double oven": a multiple word ("double", "twin", "dual") before a family whose copies stack in one housing
     * counts those copies' doors (a double oven has two cavities, each behind its own door).
     */
    private static void multipleBeforePhrase(PromptReading r, int i, FamilyVocabulary.Entry e) {
        String key = MULTIPLES.get(e.family());
        if (key == null || i == 0 || r.isConsumed(i - 1) || !r.tokens.get(i - 1).isNumber()
                || !Set.of("double", "twin", "dual").contains(r.tokens.get(i - 1).text())) {
            return;
        }
        r.add(new PromptReading.Count(key, (int) r.tokens.get(i - 1).value(), i - 1, i));
    }

    /** The index of "no"/"without" negating the phrase at {@code i} ("without a gripper"), or -1. */
    private static int negationBefore(PromptReading r, int i) {
        int k = i - 1;
        while (k >= 0 && k >= i - 2 && (r.tokens.get(k).is("a") || r.tokens.get(k).is("an") || r.tokens.get(k).is("any"))) {
            k--;
        }
        return k >= 0 && !r.isConsumed(k) && (r.tokens.get(k).is("no") || r.tokens.get(k).is("without")) ? k : -1;
    }

    /**
     * Whether a family word that is also a counted noun names a part of an asset already named, without counting
     * it: "its door", "the lower rack" after "a fridge"/"a dishwasher" whose family has doors or racks.
     */
    private static boolean isPartReference(PromptReading r, int i, CountNouns.Match noun) {
        int k = i - 1;
        while (k >= 0 && k >= i - MAX_ADJECTIVES && isAdjective(r, k)) {
            k--;
        }
        if (k < 0 || !POSSESSIVES.contains(r.tokens.get(k).text()) || r.isConsumed(k)) {
            return false;
        }
        return r.mentions.stream().anyMatch(m -> m.end() <= i
                && FamilyParameters.takesCount(m.family(), CountNouns.keyFor(noun.key(), m.family())));
    }

    /** Whether a family word that is also a counted noun should be read as the count. */
    private static boolean isCountContext(PromptReading r, int i, CountNouns.Match noun, PromptReading.Count c) {
        boolean explicit = c.start() < i;
        if (explicit && !r.tokens.get(c.start()).is("a") && !r.tokens.get(c.start()).is("an")) {
            return true;
        }
        for (PromptReading.Mention m : r.mentions) {
            if (FamilyParameters.takesCount(m.family(), CountNouns.keyFor(noun.key(), m.family()))) {
                return true;
            }
        }
        return false;
    }

    /** The count for the noun at {@code i}: from a number, "a"/"an", "no"/"without", or a bare plural's default. */
    private static Optional<PromptReading.Count> countAt(PromptReading r, int i, CountNouns.Match noun) {
        List<PromptToken> t = r.tokens;
        int end = i + noun.length();
        int k = i - 1;
        int adjectives = 0;
        while (k >= 0 && adjectives <= MAX_ADJECTIVES) {
            PromptToken p = t.get(k);
            if (r.isConsumed(k) && (isInPartDimension(r, k) || isInHinge(r, k))) {
                k--; // "two 30 mm cups", "a left-hinged door": the part's size or hinge sits between count and noun
                continue;
            }
            if (p.isNumber() && !r.isConsumed(k)) {
                double v = p.value();
                if (v != Math.rint(v) || v < 0) {
                    return Optional.empty();
                }
                return Optional.of(new PromptReading.Count(noun.key(), (int) Math.min(v, 1000), k, end));
            }
            if (p.is("no") || p.is("without") || (p.is("any") && k > 0 && t.get(k - 1).is("without"))) {
                int start = p.is("any") ? k - 1 : k;
                return Optional.of(new PromptReading.Count(noun.key(), 0, start, end));
            }
            if ((p.is("a") || p.is("an")) && !noun.plural() && endsNounPhrase(r, end)) {
                return Optional.of(new PromptReading.Count(noun.key(), 1, k, end));
            }
            if (!isAdjective(r, k)) {
                break;
            }
            adjectives++;
            k--;
        }
        if (noun.plural() && noun.pluralDefault() > 0) {
            return Optional.of(new PromptReading.Count(noun.key(), noun.pluralDefault(), i, end));
        }
        return Optional.empty();
    }

    private static boolean isInHinge(PromptReading r, int k) {
        return r.traits.stream().anyMatch(tr -> tr instanceof PromptReading.OptionTrait o && o.key().equals("hinge")
                && o.start() <= k && k < o.end());
    }

    private static boolean isInPartDimension(PromptReading r, int k) {
        return r.traits.stream().anyMatch(tr -> tr instanceof PromptReading.Dimension d && d.part() != null
                && d.start() <= k && k < d.end());
    }

    /** True when nothing nounlike follows: "a wheel" counts one, "a mecanum wheel base" does not. */
    private static boolean endsNounPhrase(PromptReading r, int end) {
        if (end >= r.tokens.size() || r.isConsumed(end)) {
            return true;
        }
        PromptToken next = r.tokens.get(end);
        return !next.isWord() || NOT_ADJECTIVES.contains(next.text()) || FamilyVocabulary.longestAt(r.tokens, end).isPresent();
    }

    private static boolean isAdjective(PromptReading r, int k) {
        PromptToken p = r.tokens.get(k);
        return p.isWord() && !r.isConsumed(k) && !NOT_ADJECTIVES.contains(p.text()) && !CountNouns.isCountNoun(p)
                && FamilyVocabulary.longestAt(r.tokens, k).isEmpty();
    }

    // ---- colours, materials, sizes ------------------------------------------------------------------------

    private static void readDescriptors(PromptReading r) {
        List<PromptToken> t = r.tokens;
        for (int i = 0; i < t.size(); i++) {
            if (r.isConsumed(i)) {
                continue;
            }
            final int at = i;
            Optional<ColorPalette.Match> color = ColorPalette.at(t, at).filter(c -> !r.anyConsumed(at, at + c.length()));
            if (color.isPresent()) {
                ColorPalette.Match c = color.get();
                keepOrSetAside(r, new PromptReading.ColorTrait(c.name(), c.color(), i, i + c.length()));
                i += c.length() - 1;
                continue;
            }
            Optional<MaterialKind> material = t.get(i).isWord() ? MaterialWords.of(t.get(i).text()) : Optional.empty();
            if (material.isPresent()) {
                int end = t.get(i).is("stainless") && i + 1 < t.size() && t.get(i + 1).is("steel") ? i + 2 : i + 1;
                keepOrSetAside(r, new PromptReading.MaterialTrait(material.get(), i, end));
                i = end - 1;
                continue;
            }
            Optional<SizeWords.Match> size = SizeWords.at(t, at).filter(m -> !r.anyConsumed(at, at + m.length()));
            if (size.isPresent()) {
                keepOrSetAside(r, new PromptReading.SizeTrait(size.get().size(), i, i + size.get().length()));
                i += size.get().length() - 1;
            }
        }
    }

    /** Adds {@code trait} unless it describes a part ("black rubber wheels"); a part's descriptor is only consumed. */
    private static void keepOrSetAside(PromptReading r, PromptReading.Trait trait) {
        List<PromptToken> t = r.tokens;
        int k = trait.end();
        int skipped = 0;
        while (k < t.size() && skipped <= MAX_ADJECTIVES && t.get(k).isWord()) {
            PromptToken w = t.get(k);
            if (PART_NOUNS.contains(w.text())) {
                if (isInMention(r, k)) {
                    break; // "a blue door": the word names the asset itself
                }
                r.consume(trait.start(), trait.end());
                return;
            }
            if (NOT_ADJECTIVES.contains(w.text()) || !isDescriptorWord(t, k)) {
                break;
            }
            skipped++;
            k++;
        }
        r.add(trait);
    }

    private static boolean isInMention(PromptReading r, int k) {
        return r.mentions.stream().anyMatch(m -> m.start() <= k && k < m.end());
    }

    private static boolean isDescriptorWord(List<PromptToken> t, int k) {
        return ColorPalette.at(t, k).isPresent() || MaterialWords.of(t.get(k).text()).isPresent()
                || SizeWords.at(t, k).isPresent() || t.get(k).is("dark") || t.get(k).is("light");
    }
}
