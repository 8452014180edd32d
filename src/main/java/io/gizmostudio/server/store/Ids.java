package io.gizmostudio.server.store;

import java.security.SecureRandom;

/**
 * Mints resource ids: a prefix ({@code ast_}, {@code scn_}, {@code plc_}, {@code key_}) and 14 random characters of
 * {@code [0-9a-z]} (about 72 bits), as the contract's §1 decision says.
 */
public final class Ids {
    public static final String ASSET = "ast_";
    public static final String SCENE = "scn_";
    public static final String PLACEMENT = "plc_";
    public static final String KEY = "key_";
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 14;

    private final SecureRandom random = new SecureRandom();

    public String next(String prefix) {
        char[] out = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return prefix + new String(out);
    }
}
