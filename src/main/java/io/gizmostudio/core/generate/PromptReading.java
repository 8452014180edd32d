package io.gizmostudio.core.generate;

import io.gizmostudio.core.model.Rgba;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * What the reader found in a prompt, before it is assembled into specs: the family mentions and the traits
 * (counts, dimensions, material, colour, size, options), each with the token span it came from so that the
 * assembler can attach it to the right mention. Tokens a finding used are marked consumed.
 */
final class PromptReading {
    /** A phrase naming a family, spanning tokens [start, end). */
    record Mention(Family family, String variant, Map<String, Integer> impliedCounts, int start, int end,
                   boolean weak) {
    }

    /** Something said about an asset, spanning tokens [start, end). */
    sealed interface Trait permits Count, Dimension, Extents, MaterialTrait, ColorTrait, SizeTrait, OptionTrait,
            Quantity, FamilySize, Reference {
        int start();

        int end();
    }

    /** "3 drawers": {@code key} is a generic count key (axes resolve per family). */
    record Count(String key, int value, int start, int end) implements Trait {
    }

    /**
     * "60 cm wide": {@code key} is null for a bare length ("a 1.2 m arm"), which takes the family's default.
     * {@code part} names the sub-part the length describes ("10 cm wheels": part {@code wheel}, key
     * {@code diameter}), or is null when it describes the asset itself.
     */
    record Dimension(String key, double metres, int start, int end, String part) implements Trait {
        Dimension(String key, double metres, int start, int end) {
            this(key, metres, start, end, null);
        }
    }

    /** A number that is not a length or count: {@code initial_open_deg=110}, {@code initial_open_fraction=0.5}. */
    record Quantity(String key, double value, int start, int end) implements Trait {
    }

    /** A size word whose meaning depends on the family: "tall", "low", "short". */
    record FamilySize(String word, int start, int end) implements Trait {
    }

    /** A named product ("UR10", "TurtleBot 4") and its published figures. */
    record Reference(ProductReferences.Product product, int start, int end) implements Trait {
    }

    /** "120 x 60 x 75 cm": two or three extents in metres, mapped per family. */
    record Extents(List<Double> metres, int start, int end) implements Trait {
    }

    record MaterialTrait(MaterialKind material, int start, int end) implements Trait {
    }

    record ColorTrait(String name, Rgba color, int start, int end) implements Trait {
    }

    record SizeTrait(SizeClass size, int start, int end) implements Trait {
    }

    /** An option such as {@code hinge=left} or {@code lid=false}. */
    record OptionTrait(String key, String value, int start, int end) implements Trait {
    }

    final List<PromptToken> tokens;
    final List<Mention> mentions = new ArrayList<>();
    final List<Trait> traits = new ArrayList<>();
    /** Words naming a kind of robot that cannot be made ("delta", "humanoid"). */
    final List<String> unsupportedKinds = new ArrayList<>();
    private final BitSet consumed = new BitSet();

    PromptReading(List<PromptToken> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    boolean isConsumed(int i) {
        return consumed.get(i);
    }

    boolean anyConsumed(int start, int end) {
        int next = consumed.nextSetBit(start);
        return next >= 0 && next < end;
    }

    void consume(int start, int end) {
        consumed.set(start, end);
    }

    void add(Trait t) {
        traits.add(t);
        consume(t.start(), t.end());
    }

    void add(Mention m) {
        mentions.add(m);
        consume(m.start(), m.end());
    }

    /** The prompt's own words over [start, end), for messages ("30 cm tall"). */
    String text(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int k = start; k < end && k < tokens.size(); k++) {
            if (!tokens.get(k).isBreak()) {
                sb.append(sb.length() == 0 ? "" : " ").append(tokens.get(k).text());
            }
        }
        return sb.toString();
    }

    /** Words no finding used, for the log: what the parser did not understand. */
    List<String> unusedWords() {
        List<String> out = new ArrayList<>();
        for (PromptToken t : tokens) {
            if (!consumed.get(t.index()) && !t.isBreak()) {
                out.add(t.text());
            }
        }
        return out;
    }
}
