package io.gizmostudio.core.generate;

import java.nio.charset.StandardCharsets;

/**
 * The random seed of a generation, from the normalised prompt and the user's seed. FNV-1a (64 bit) over the
 * prompt's UTF-8 bytes, combined with the seed through the SplitMix64 finaliser: stable across JVMs and
 * releases (unlike {@code String.hashCode}, which is 32 bits and collides easily), and "A 6-DOF arm" and
 * "a  6-dof ARM" give the same stream.
 */
public final class PromptSeed {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private PromptSeed() {
    }

    public static long of(String prompt, long seed) {
        long h = FNV_OFFSET;
        for (byte b : PromptTokenizer.normalise(prompt).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return mix(h ^ mix(seed + 0x9e3779b97f4a7c15L));
    }

    /** SplitMix64's finaliser: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
