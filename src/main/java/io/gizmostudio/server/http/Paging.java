package io.gizmostudio.server.http;

/** {@code limit} (1..100, default 20) and {@code offset} (0.., default 0) of a list request (§4). */
public record Paging(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static Paging of(String limit, String offset) {
        int l = limit == null ? DEFAULT_LIMIT : parse("limit", limit, "must be an integer from 1 to " + MAX_LIMIT);
        if (l < 1 || l > MAX_LIMIT) {
            throw ApiException.invalidParameter("limit", "must be an integer from 1 to " + MAX_LIMIT);
        }
        int o = offset == null ? 0 : parse("offset", offset, "must be a non-negative integer");
        if (o < 0) {
            throw ApiException.invalidParameter("offset", "must be a non-negative integer");
        }
        return new Paging(l, o);
    }

    private static int parse(String name, String text, String rule) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter(name, rule + " (got '" + abbreviate(text) + "')");
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
