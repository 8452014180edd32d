package io.gizmostudio.ui.common;

import java.util.Comparator;

/**
 * Names in the order the engine's {@code sort=name} pages them: SQLite's {@code NOCASE}, which folds only the
 * ASCII letters A–Z and otherwise compares UTF-8 bytes, that is code points. Cards the app inserts locally (a new
 * asset, a rename) must land where the server's next page would put them, so this copies that rule exactly rather
 * than folding Unicode as {@link String#CASE_INSENSITIVE_ORDER} does.
 */
public final class NameOrder implements Comparator<String> {
    public static final NameOrder INSTANCE = new NameOrder();

    private NameOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            int fa = fold(ca);
            int fb = fold(cb);
            if (fa != fb) {
                return Integer.compare(fa, fb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static int fold(int codePoint) {
        return codePoint >= 'A' && codePoint <= 'Z' ? codePoint + ('a' - 'A') : codePoint;
    }
}
