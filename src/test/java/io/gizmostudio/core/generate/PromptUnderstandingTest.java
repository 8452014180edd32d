package io.gizmostudio.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The prompt-understanding table ({@code prompt-understanding.txt}): each prompt with the parameters it must
 * give — family, the named dimension, counts of sub-parts, shape, mounting, initial joint state, product
 * references and the words the engine reports it could not honour.
 */
class PromptUnderstandingTest {
    private static final String TABLE = "prompt-understanding.txt";
    private final PromptParser parser = new PromptParser();

    static Stream<Arguments> table() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PromptUnderstandingTest.class.getResourceAsStream(TABLE)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf('|');
                rows.add(Arguments.of(line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void promptGivesTheParametersItStates(String prompt, String expected) {
        Map<String, Object> params = parser.parse(prompt).describe();
        List<String> problems = new ArrayList<>();
        for (String e : expected.split(" (?=![a-z0-9_.]+( |$)|[a-z0-9_.]+(=|>=|<=|~))")) {
            check(params, e.strip(), problems);
        }
        assertThat(problems).as("\"%s\" gave %s", prompt, params).isEmpty();
    }

    private static void check(Map<String, Object> params, String e, List<String> problems) {
        if (e.startsWith("!")) {
            if (lookUp(params, e.substring(1)) != null) {
                problems.add(e.substring(1) + " should be absent");
            }
            return;
        }
        for (String op : List.of(">=", "<=", "~", "=")) {
            int at = e.indexOf(op);
            if (at < 0) {
                continue;
            }
            String key = e.substring(0, at);
            String want = e.substring(at + op.length());
            Object got = lookUp(params, key);
            if (!holds(op, got, want)) {
                problems.add(key + " " + op + " " + want + " but was " + got);
            }
            return;
        }
        throw new IllegalArgumentException("bad expectation: " + e);
    }

    private static boolean holds(String op, Object got, String want) {
        if (got == null) {
            return false;
        }
        if (op.equals("~")) {
            String needle = want.toLowerCase(Locale.ROOT);
            return got instanceof List<?> l && l.stream().anyMatch(x -> x.toString().toLowerCase(Locale.ROOT).contains(needle));
        }
        if (got instanceof Number n) {
            double g = n.doubleValue();
            double w = Double.parseDouble(want);
            return switch (op) {
                case ">=" -> g >= w - 1e-9;
                case "<=" -> g <= w + 1e-9;
                default -> Math.abs(g - w) <= Math.max(0.005, 0.01 * Math.abs(w));
            };
        }
        return op.equals("=") && got.toString().equals(want.replace('_', ' '))
                || op.equals("=") && got.toString().equals(want);
    }

    /** {@code a0.key} reads the first attachment's params. */
    @SuppressWarnings("unchecked")
    private static Object lookUp(Map<String, Object> params, String key) {
        if (key.matches("a\\d+\\..*")) {
            int dot = key.indexOf('.');
            Object parts = params.get("attachments");
            int i = Integer.parseInt(key.substring(1, dot));
            if (!(parts instanceof List<?> l) || l.size() <= i) {
                return null;
            }
            return lookUp((Map<String, Object>) l.get(i), key.substring(dot + 1));
        }
        return params.get(key);
    }
}
