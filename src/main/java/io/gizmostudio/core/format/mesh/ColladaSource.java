package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;

/**
 * Reads point data out of a COLLADA {@code <source>}: its {@code <float_array>} (whose {@code count}
 * must match the numbers it holds) seen through the {@code <technique_common><accessor>}, which says
 * where the first point starts ({@code offset}), how many numbers each point takes ({@code stride})
 * and how many points there are ({@code count}).
 */
final class ColladaSource {
    private ColladaSource() {
    }

    /** The first three components (x, y, z) of every point of {@code source}. */
    static double[] xyz(ColladaDocument doc, XmlElement source) {
        return points(doc, source, 3, "positions");
    }

    /** The first two components (s, t) of every point of {@code source}, as texture coordinates. */
    static double[] st(ColladaDocument doc, XmlElement source) {
        return points(doc, source, 2, "texture coordinates");
    }

    private static double[] points(ColladaDocument doc, XmlElement source, int components, String what) {
        XmlElement accessor = source.child("technique_common").flatMap(t -> t.child("accessor"))
                .orElseThrow(() -> source.error("<source> without <technique_common><accessor>"));
        XmlElement array = accessor.attribute("source").map(url -> doc.resolve(accessor, url, "float_array"))
                .orElseGet(() -> source.child("float_array").orElseThrow(() -> source.error("<source> without <float_array>")));
        double[] numbers = ColladaNumbers.doubles(array, doc.text(array));
        if (array.has("count") && (long) array.requiredNumber("count") != numbers.length) {
            throw array.error("count is " + array.required("count") + " but it holds " + numbers.length + " numbers");
        }
        int count = (int) accessor.requiredNumber("count");
        int stride = (int) accessor.number("stride", 1);
        int offset = (int) accessor.number("offset", 0);
        if (stride < components) {
            throw accessor.error(what + " need a stride of at least " + components + ", not " + stride);
        }
        if (count < 0 || offset < 0 || (count > 0 && offset + (long) (count - 1) * stride + components > numbers.length)) {
            throw accessor.error(count + " points of stride " + stride + " from offset " + offset
                    + " do not fit the " + numbers.length + " numbers of <float_array>");
        }
        double[] out = new double[count * components];
        for (int i = 0; i < count; i++) {
            System.arraycopy(numbers, offset + i * stride, out, components * i, components);
        }
        return out;
    }
}
