package io.gizmostudio.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PromptParserProperties {
    private final PromptParser parser = new PromptParser();

    @Property(tries = 500)
    void anyTextEitherParsesOrFailsWithAGenerationException(@ForAll @StringLength(max = 300) String prompt) {
        try {
            AssetSpec spec = parser.parse(prompt);
            assertThat(spec.family()).isNotNull();
        } catch (GenerationException e) {
            assertThat(e.code()).isIn(GenerationException.UNRECOGNIZED_PROMPT, GenerationException.INVALID_PARAMETERS);
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 500)
    void promptLikeWordSoupEitherParsesOrFailsWithAGenerationException(@ForAll("wordSoup") String prompt) {
        try {
            AssetSpec spec = parser.parse(prompt);
            for (var e : spec.counts().entrySet()) {
                FamilyParameters.countRange(spec.family(), e.getKey()).ifPresent(r ->
                        assertThat((double) e.getValue()).isBetween(r.min(), r.max()));
            }
        } catch (GenerationException e) {
            assertThat(e.code()).isEqualTo(GenerationException.UNRECOGNIZED_PROMPT);
        }
    }

    @Provide
    Arbitrary<String> wordSoup() {
        Arbitrary<String> word = Arbitraries.of("a", "the", "with", "and", "on", "arm", "gripper", "3", "six", "-",
                "dof", "drawers", "door", "left", "hinged", "cm", "m", "1.5", "wide", "x", "steel", "red", "rover",
                "wheels", "no", "lid", "pair", "of", "\"", "'", "big", "heavy", "duty", "fridge", "of", ",", "axis",
                "degrees", "freedom", "twenty", "one", "shelf", "rack", "opens", "to", "right", "xy", "table", "kg");
        return word.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
    }

    @Property
    void numberWordsOneToTwentyCountTheirNoun(@ForAll @IntRange(min = 1, max = 20) int n) {
        AssetSpec spec = parser.parse("a conveyor with " + NumberWords.spell(n) + " rollers");
        assertThat(spec.count("rollers", -1)).isEqualTo(Math.max(2, n));
        AssetSpec digits = parser.parse("a conveyor with " + n + " rollers");
        assertThat(digits.count("rollers", -1)).isEqualTo(Math.max(2, n));
    }

    @Property
    void numberWordsCountArmJointsWithinTheirRange(@ForAll @IntRange(min = 1, max = 20) int n) {
        AssetSpec spec = parser.parse("a " + NumberWords.spell(n) + "-axis robot arm");
        assertThat(spec.count("dof", -1)).isEqualTo(Math.max(3, Math.min(7, n)));
    }

    @Property
    void dimensionsConvertToMetresForEveryUnit(@ForAll("lengths") Length length) {
        AssetSpec spec = parser.parse("a cabinet " + length.text() + " wide");
        // converted exactly, then held inside the parser's sanity range of 5 mm .. 20 m
        double expected = Math.max(0.005, Math.min(20.0, length.metres()));
        assertThat(spec.dimension("width", -1)).isCloseTo(expected, within(1e-6));
    }

    /** A length as a prompt writes it, and its value in metres. */
    record Length(String text, double metres) {
    }

    @Provide
    Arbitrary<Length> lengths() {
        Arbitrary<LengthUnit> unit = Arbitraries.of(LengthUnit.values());
        Arbitrary<Integer> hundredths = Arbitraries.integers().between(100, 5000);
        return Combinators.combine(unit, hundredths, Arbitraries.of(true, false)).as((u, h, compact) -> {
            double value = h / 100.0;
            double v = u == LengthUnit.MILLIMETRE ? value * 10 : value;
            String number = u == LengthUnit.MILLIMETRE ? Integer.toString(h / 10) : String.format(java.util.Locale.ROOT, "%.2f", v);
            double exact = Double.parseDouble(number);
            String text = compact ? number + u.symbol() : number + " " + u.symbol();
            return new Length(text, u.toMetres(exact));
        });
    }
}
