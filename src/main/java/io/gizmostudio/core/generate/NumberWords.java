package io.gizmostudio.core.generate;

import java.util.Map;
import java.util.Optional;

/**
 * English quantity words: "one" … "nineteen", the tens ("twenty" … "ninety", composable as "twenty one"), and
 * the quantity idioms a prompt uses for counts ("single", "double", "dual", "twin", "triple", "dozen").
 * "a pair of" and "a couple of" are folded by {@link PromptTokenizer}.
 */
final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);
    private static final Map<String, Integer> IDIOMS = Map.of(
            "single", 1, "double", 2, "dual", 2, "twin", 2, "triple", 3, "quad", 4, "dozen", 12);

    private NumberWords() {
    }

    /** The value of a single number word, if {@code word} is one. */
    static Optional<Integer> value(String word) {
        Integer v = UNITS.get(word);
        if (v == null) {
            v = TENS.get(word);
        }
        if (v == null) {
            v = IDIOMS.get(word);
        }
        return Optional.ofNullable(v);
    }

    /** True for "twenty" … "ninety", which may take a following unit word ("twenty one"). */
    static boolean isTens(String word) {
        return TENS.containsKey(word);
    }

    /** True for "one" … "nine", the words that complete a tens word. */
    static boolean isDigitWord(String word) {
        Integer v = UNITS.get(word);
        return v != null && v >= 1 && v <= 9;
    }

    /** The English word for 0..99 (tens and units joined by a space), used by tests and messages. */
    static String spell(int n) {
        if (n < 0 || n > 99) {
            throw new IllegalArgumentException("only 0..99 can be spelled: " + n);
        }
        for (Map.Entry<String, Integer> e : UNITS.entrySet()) {
            if (e.getValue() == n) {
                return e.getKey();
            }
        }
        String tens = null;
        for (Map.Entry<String, Integer> e : TENS.entrySet()) {
            if (e.getValue() == n - n % 10) {
                tens = e.getKey();
            }
        }
        return n % 10 == 0 ? tens : tens + " " + spell(n % 10);
    }
}
