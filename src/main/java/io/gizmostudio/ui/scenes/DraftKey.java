package io.gizmostudio.ui.scenes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names one open scene's draft file. It is also the file name, so it only ever holds {@code [a-z0-9_-]}: a scene
 * id from a server (which might contain {@code /}, {@code ..} or anything) is reduced to a readable prefix plus a
 * hash of the server and the full id, so two servers' scenes with the same id, or two ids that reduce to the same
 * prefix, never share a file. Keep one key for the life of an open document, also after its first save.
 */
public record DraftKey(String value) {
    private static final Pattern SAFE = Pattern.compile("[a-z0-9_-]{1,80}");
    private static final int READABLE_PREFIX = 40;

    public DraftKey {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("a draft key is 1 to 80 of a-z, 0-9, _ and -, got " + value);
        }
    }

    /** The key of a scene the server {@code baseUrl} holds as {@code sceneId}. */
    public static DraftKey forScene(String baseUrl, String sceneId) {
        if (sceneId == null || sceneId.isBlank()) {
            throw new IllegalArgumentException("a saved scene's draft needs its scene id");
        }
        String readable = sceneId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
        if (readable.length() > READABLE_PREFIX) {
            readable = readable.substring(0, READABLE_PREFIX);
        }
        return new DraftKey("s-" + readable + "-" + shortHash(SceneDraft.normalizedBaseUrl(baseUrl) + "\n" + sceneId));
    }

    /** A fresh key for a scene the server has never seen. */
    public static DraftKey newUnsaved() {
        return new DraftKey("u-" + UUID.randomUUID());
    }

    /** True when {@code s} could be a key (a draft file's name without {@code .json}). */
    static boolean isKey(String s) {
        return s != null && SAFE.matcher(s).matches();
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
