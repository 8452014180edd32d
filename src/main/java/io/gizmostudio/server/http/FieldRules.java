package io.gizmostudio.server.http;

import java.util.List;

/**
 * The size limits of the contract (§6, §7): prompt 1..2000 characters after trimming, names 1..200, at most 20
 * tags of 1..50 characters, descriptions up to 2000. Lengths count Unicode code points, not UTF-16 units.
 */
public final class FieldRules {
    public static final int PROMPT_MAX = 2000;
    public static final int NAME_MAX = 200;
    public static final int DEFAULT_NAME_LENGTH = 64;
    public static final int TAGS_MAX = 20;
    public static final int TAG_MAX = 50;
    public static final int DESCRIPTION_MAX = 2000;

    private FieldRules() {
    }

    /** The prompt, trimmed; it must hold 1..2000 characters. */
    public static String prompt(String raw) {
        String p = stripInvisible(raw);
        int n = length(p);
        if (n == 0) {
            throw ApiException.invalidField("prompt", raw.isEmpty() ? "must not be empty"
                    : "must not be empty (it holds only spaces or invisible characters)");
        }
        if (n > PROMPT_MAX) {
            throw ApiException.invalidField("prompt", "must be at most " + PROMPT_MAX + " characters (it has " + n + ")");
        }
        return p;
    }

    /** A name of 1..200 characters after trimming. */
    public static String name(String field, String raw) {
        String s = stripInvisible(raw);
        int n = length(s);
        if (n == 0) {
            throw ApiException.invalidField(field, "must not be empty");
        }
        if (n > NAME_MAX) {
            throw ApiException.invalidField(field, "must be at most " + NAME_MAX + " characters (it has " + n + ")");
        }
        return s;
    }

    public static String description(String raw) {
        int n = length(raw);
        if (n > DESCRIPTION_MAX) {
            throw ApiException.invalidField("description", "must be at most " + DESCRIPTION_MAX + " characters (it has " + n + ")");
        }
        return raw;
    }

    public static List<String> tags(List<String> tags) {
        if (tags.size() > TAGS_MAX) {
            throw ApiException.invalidField("tags", "may hold at most " + TAGS_MAX + " tags (it has " + tags.size() + ")");
        }
        for (String t : tags) {
            int n = length(t.strip());
            if (n == 0 || length(t) > TAG_MAX) {
                throw ApiException.invalidField("tags", "must hold tags of 1 to " + TAG_MAX + " characters");
            }
        }
        return List.copyOf(tags);
    }

    /** The default asset name: the trimmed prompt cut to 64 characters, never inside a surrogate pair. */
    public static String defaultName(String prompt) {
        if (length(prompt) <= DEFAULT_NAME_LENGTH) {
            return prompt;
        }
        return prompt.substring(0, prompt.offsetByCodePoints(0, DEFAULT_NAME_LENGTH)).strip();
    }

    /**
     * {@code raw} without leading and trailing blanks, counting as blank what a user cannot see: Unicode spaces
     * (U+00A0 no-break space included), format characters (U+200B zero-width space, U+FEFF byte-order mark, U+200E
     * direction marks) and control characters.
     */
    static String stripInvisible(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && invisible(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && invisible(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT || type == Character.CONTROL;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
