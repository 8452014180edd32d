package io.gizmostudio.core.generate.family;

import io.gizmostudio.core.generate.AssetSpec;

/**
 * Reads a spec's dimensions and counts against a family's nominal values and plausible range. A stated
 * dimension is used as given (metres), an unstated one is the nominal value scaled by the spec's size class;
 * both are clamped so that a typo like "a 40 m nightstand" still gives a buildable asset.
 */
final class Sizing {
    private Sizing() {
    }

    static double length(AssetSpec spec, String key, double nominal, double min, double max) {
        double v = spec.hasDimension(key) ? spec.dimension(key, nominal) : nominal * spec.size().scale();
        if (!Double.isFinite(v)) {
            v = nominal;
        }
        return clamp(v, min, max);
    }

    static int count(AssetSpec spec, String key, int fallback, int min, int max) {
        return Math.max(min, Math.min(Math.max(min, max), spec.count(key, fallback)));
    }

    static boolean states(AssetSpec spec, String countKey) {
        return spec.counts().containsKey(countKey);
    }

    static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
