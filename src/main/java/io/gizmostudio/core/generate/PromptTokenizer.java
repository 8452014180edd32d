package io.gizmostudio.core.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Splits a prompt into {@link PromptToken}s. Text is NFKD-normalised, stripped of accents and lower-cased, so
 * "Aluminium", "ALUMINIUM" and "aluminíum" read alike. Letters and digits are split apart ("6dof" → 6, dof;
 * "800mm" → 800, mm), hyphens and slashes separate words ("6-DOF", "pan/tilt"), and a {@code "} or {@code '}
 * right after a number reads as inches or feet, and "1/2" is a half. Number words become numbers ("three", "twenty one"), and
 * "a pair of" / "a couple of" read as 2.
 */
final class PromptTokenizer {
    private PromptTokenizer() {
    }

    /** The prompt in the canonical form the seed hash uses: normalised, lower-case, single-spaced, trimmed. */
    static String normalise(String prompt) {
        String s = Normalizer.normalize(prompt, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    static List<PromptToken> tokenize(String prompt) {
        return foldQuantities(raw(normalise(prompt)));
    }

    private static List<PromptToken> raw(String s) {
        List<PromptToken> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (isLetter(c)) {
                int j = i;
                while (j < n && isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(PromptToken.word(s.substring(i, j), out.size()));
                i = j;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)) && !lastIsNumber(out))) {
                int j = i;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
                    j++;
                    while (j < n && isDigit(s.charAt(j))) {
                        j++;
                    }
                }
                String text = s.substring(i, j);
                // very long digit runs are not quantities anyone means; keep them finite and harmless
                double v = text.length() > 12 ? Double.MAX_VALUE : Double.parseDouble(text);
                int k = j + 1;
                while (k < n && isDigit(s.charAt(k)) && k - j <= 6) {
                    k++;
                }
                if (j < n && s.charAt(j) == '/' && k > j + 1) {
                    // a fraction: "1/2 inch"
                    double den = Double.parseDouble(s.substring(j + 1, k));
                    if (den > 0) {
                        text = s.substring(i, k);
                        v = v / den;
                        j = k;
                    }
                }
                out.add(PromptToken.number(text, v, out.size()));
                i = j;
            } else {
                if (c == '"' || c == '\u201d' || c == '\u2033') {
                    if (lastIsNumber(out)) {
                        out.add(PromptToken.word("in", out.size()));
                    }
                } else if (c == '\'' || c == '\u2019' || c == '\u2032') {
                    if (lastIsNumber(out)) {
                        out.add(PromptToken.word("ft", out.size()));
                    }
                } else if (c == '\u00b0' || c == '\u00ba') {
                    if (lastIsNumber(out)) {
                        out.add(PromptToken.word("deg", out.size()));
                    }
                } else if (c == '&' || c == '+') {
                    out.add(PromptToken.word("and", out.size()));
                } else if (c == '\u00d7' || c == '*') {
                    out.add(PromptToken.word("x", out.size()));
                } else if (c == ',' || c == ';' || c == '.' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')') {
                    if (!out.isEmpty() && !out.get(out.size() - 1).isBreak()) {
                        out.add(PromptToken.clauseBreak(out.size()));
                    }
                }
                i++;
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean lastIsNumber(List<PromptToken> out) {
        return !out.isEmpty() && out.get(out.size() - 1).isNumber();
    }

    /** Number words → numbers; "twenty one" → 21; "a pair of" / "a couple of" → 2. */
    private static List<PromptToken> foldQuantities(List<PromptToken> in) {
        List<PromptToken> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            PromptToken t = in.get(i);
            if (t.isWord() && (t.text().equals("pair") || t.text().equals("couple"))
                    && i + 1 < in.size() && in.get(i + 1).is("of")) {
                out.add(PromptToken.number(t.text() + " of", 2, out.size()));
                i++;
                continue;
            }
            Optional<Integer> v = t.isWord() ? NumberWords.value(t.text()) : Optional.empty();
            if (v.isPresent()) {
                if (NumberWords.isTens(t.text()) && i + 1 < in.size() && in.get(i + 1).isWord()
                        && NumberWords.isDigitWord(in.get(i + 1).text())) {
                    PromptToken u = in.get(i + 1);
                    out.add(PromptToken.number(t.text() + " " + u.text(),
                            v.get() + NumberWords.value(u.text()).orElseThrow(), out.size()));
                    i++;
                } else {
                    out.add(PromptToken.number(t.text(), v.get(), out.size()));
                }
                continue;
            }
            out.add(t.at(out.size()));
        }
        return out;
    }
}
