package io.gizmostudio.server.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a body Jackson could not parse in the client's terms. Jackson's own messages name its
 * internals ({@code StreamReadConstraints.getMaxNumberLength()}, "enable {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}
 * to allow"), which tell an API user to reconfigure a parser they do not have.
 */
final class JsonProblems {
    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([+-]?(?:NaN|Infinity|INF))'");
    private static final Pattern LIMIT = Pattern.compile("\\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
    /** Jackson's advice to the programmer: ": enable `X` to allow", "(`X` ...)", "from `X`". */
    private static final Pattern ADVICE = Pattern.compile("\\s*[:;(]?\\s*(?:enable|from)?\\s*`[^`]*`[^.)]*\\)?");

    private JsonProblems() {
    }

    /** The sentence for the client: "The request body is not valid JSON: ..., at line 1, column 9." */
    static String describe(JsonProcessingException e) {
        return "The request body is not valid JSON: " + problem(e) + where(e.getLocation()) + ".";
    }

    private static String problem(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher nonNumeric = NON_NUMERIC.matcher(original);
        if (nonNumeric.find()) {
            return nonNumeric.group(1) + " is not a valid JSON number (NaN and Infinity are not JSON); send a finite number";
        }
        if (e instanceof StreamConstraintsException) {
            String max = limit(original);
            if (original.startsWith("Number value length")) {
                return "a number is too long (at most " + max + " characters)";
            }
            if (original.startsWith("String value length")) {
                return "a string is too long (at most " + max + " characters)";
            }
            if (original.contains("nesting depth")) {
                return "objects and arrays are nested too deeply (at most " + max + " levels)";
            }
            if (original.startsWith("Name length")) {
                return "a field name is too long (at most " + max + " characters)";
            }
            return "it is too large to read";
        }
        String plain = ADVICE.matcher(original).replaceAll("").strip();
        return plain.isEmpty() ? "it could not be parsed" : plain;
    }

    private static String limit(String message) {
        Matcher m = LIMIT.matcher(message);
        return m.find() ? m.group(1) : "the allowed";
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
