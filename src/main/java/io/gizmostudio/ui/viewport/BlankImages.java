package io.gizmostudio.ui.viewport;

/**
 * Tells a rendered image with nothing drawn on it (every pixel the same colour) from a picture: a render without a
 * working 3D pipeline gives the background only, and such an image must not be kept as an asset's thumbnail.
 */
public final class BlankImages {
    private BlankImages() {
    }

    /** True when every pixel of {@code argb} (packed 0xAARRGGBB) is within {@code tolerance} per channel of the first. */
    public static boolean isBlank(int[] argb, int tolerance) {
        if (argb.length == 0) {
            return true;
        }
        int first = argb[0];
        for (int p : argb) {
            if (p != first && (channelDelta(p, first, 24) > tolerance || channelDelta(p, first, 16) > tolerance
                    || channelDelta(p, first, 8) > tolerance || channelDelta(p, first, 0) > tolerance)) {
                return false;
            }
        }
        return true;
    }

    private static int channelDelta(int a, int b, int shift) {
        return Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff));
    }
}
