package io.gizmostudio.ui.scenes;

import io.gizmostudio.core.format.NameTable;
import java.text.Normalizer;
import java.util.Map;

/** Names as the exporters will see them: whether they are plain ASCII, and a readable ASCII spelling to rename to. */
final class AsciiNames {
    private static final Map<Character, String> LETTERS = Map.of(
            '\u00df', "ss", '\u00e6', "ae", '\u00c6', "AE", '\u0153', "oe", '\u0152', "OE",
            '\u00f8', "o", '\u00d8', "O", '\u0142', "l", '\u0141', "L", '\u00fe', "th");

    private AsciiNames() {
    }

    static boolean isPlainAscii(String name) {
        return name.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    /** The identifier the format writers make of {@code name} ({@link NameTable#sanitise}). */
    static String exportedIdentifier(String name) {
        return NameTable.sanitise(name);
    }

    /**
     * {@code name} with accents taken off ("Café" → "Cafe"), a few letters spelt out ("ß" → "ss"), other
     * spaces as ' ' and anything else outside ASCII as '_'; null when nothing readable is left (a name in CJK).
     */
    static String readableAscii(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue; // the accent of the letter before it
            } else if (LETTERS.containsKey(c)) {
                out.append(LETTERS.get(c));
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append('_');
            }
        }
        String result = out.toString().strip();
        return result.chars().anyMatch(Character::isLetterOrDigit) ? result : null;
    }
}
