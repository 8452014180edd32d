package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The triangles of one COLLADA {@code <geometry><mesh>} in its own frame and units: positions from the
 * {@code <vertices>} POSITION source, faces from {@code <triangles>}, {@code <polylist>} and
 * {@code <polygons>} (polygons fanned from their first vertex; holes of {@code <ph>} ignored),
 * {@code <tristrips>} and {@code <trifans>}. Lines and line strips have no surface and are skipped.
 * Each primitive's indices interleave one index per input, so a vertex takes
 * {@code max(offset) + 1} indices of which the VERTEX input's offset picks the position.
 * Only positions that some triangle uses are kept, so the bounds are those of the visible surface.
 * A primitive's TEXCOORD input (the lowest {@code set} when there are several) has its own offset in the
 * interleaved indices and gives each triangle corner its texture coordinates.
 *
 * @param positions       x, y, z triples
 * @param triangles       position-index triples
 * @param triangleSymbols per triangle, the index into {@code symbols} of its primitive's material
 *                        symbol, or -1 when the primitive names none
 * @param symbols         the distinct material symbols in document order
 * @param cornerTexCoords per triangle corner (in {@code triangles} order), s and t; NaN where the
 *                        primitive has no TEXCOORD input
 */
record ColladaGeometry(double[] positions, int[] triangles, int[] triangleSymbols, List<String> symbols,
                       double[] cornerTexCoords) {
    private static final String[] PRIMITIVES = {"triangles", "polylist", "polygons", "tristrips", "trifans"};

    static ColladaGeometry read(ColladaDocument doc, XmlElement geometry) {
        Optional<XmlElement> mesh = geometry.child("mesh");
        if (mesh.isEmpty()) {
            // splines and convex hulls are not surfaces a viewer shows; the rest of the file still is
            return new ColladaGeometry(new double[0], new int[0], new int[0], List.of(), new double[0]);
        }
        return new Builder(doc, mesh.get()).build();
    }

    private static final class Builder {
        private final ColladaDocument doc;
        private final XmlElement mesh;
        private final IntList triangles = new IntList();
        private final IntList triangleSymbols = new IntList();
        private final List<String> symbols = new ArrayList<>();
        // triangles holds corner ids; each corner has a position index and two texture coordinates
        private final IntList cornerPositions = new IntList();
        private final DoubleList cornerTexCoords = new DoubleList();
        private double[] positions;
        private int texOffset = -1;
        private double[] texCoords;

        Builder(ColladaDocument doc, XmlElement mesh) {
            this.doc = doc;
            this.mesh = mesh;
        }

        ColladaGeometry build() {
            for (XmlElement primitive : mesh.children()) {
                if (isPrimitive(primitive.name())) {
                    primitive(primitive);
                }
            }
            return compacted();
        }

        private static boolean isPrimitive(String name) {
            for (String p : PRIMITIVES) {
                if (p.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        private void primitive(XmlElement primitive) {
            int stride = 0;
            int vertexOffset = -1;
            XmlElement vertexInput = null;
            for (XmlElement input : primitive.children("input")) {
                // the schema requires offset on these inputs, but some exporters leave it out when it is 0
                int offset = (int) input.number("offset", 0);
                if (offset < 0) {
                    throw input.error("negative offset " + offset);
                }
                stride = Math.max(stride, offset + 1);
                if (input.required("semantic").equals("VERTEX")) {
                    vertexOffset = offset;
                    vertexInput = input;
                }
            }
            if (vertexInput == null) {
                throw primitive.error("the primitive has no VERTEX input");
            }
            double[] points = positions(vertexInput);
            texCoords(primitive);
            int vertexCount = points.length / 3;
            int symbol = symbol(primitive);
            int before = triangles.size();
            switch (primitive.name()) {
                case "triangles":
                    triangles(primitive, stride, vertexOffset, vertexCount);
                    break;
                case "polylist":
                    polylist(primitive, stride, vertexOffset, vertexCount);
                    break;
                case "polygons":
                    for (XmlElement p : primitive.children()) {
                        XmlElement outer = p.name().equals("ph") ? p.child("p").orElseThrow(() -> p.error("<ph> without <p>")) : p;
                        if (outer.name().equals("p")) {
                            fan(vertices(outer, stride, vertexOffset, vertexCount), 0, -1);
                        }
                    }
                    break;
                case "tristrips":
                    for (XmlElement p : primitive.children("p")) {
                        strip(vertices(p, stride, vertexOffset, vertexCount));
                    }
                    break;
                default: // trifans
                    for (XmlElement p : primitive.children("p")) {
                        fan(vertices(p, stride, vertexOffset, vertexCount), 0, -1);
                    }
                    break;
            }
            for (int t = before / 3; t < triangles.size() / 3; t++) {
                triangleSymbols.add(symbol);
            }
        }

        private void triangles(XmlElement primitive, int stride, int vertexOffset, int vertexCount) {
            List<XmlElement> ps = primitive.children("p");
            int total = 0;
            for (XmlElement p : ps) {
                int[] v = vertices(p, stride, vertexOffset, vertexCount);
                if (v.length % 3 != 0) {
                    throw p.error("holds " + v.length + " vertices, not a whole number of triangles");
                }
                for (int index : v) {
                    triangles.add(index);
                }
                total += v.length / 3;
            }
            checkCount(primitive, total, "triangles");
        }

        private void polylist(XmlElement primitive, int stride, int vertexOffset, int vertexCount) {
            XmlElement vcountElement = primitive.child("vcount").orElseThrow(() -> primitive.error("<polylist> without <vcount>"));
            int[] vcount = ColladaNumbers.indices(vcountElement, doc.text(vcountElement));
            checkCount(primitive, vcount.length, "polygons");
            XmlElement p = primitive.child("p").orElseThrow(() -> primitive.error("<polylist> without <p>"));
            int[] v = vertices(p, stride, vertexOffset, vertexCount);
            long needed = 0;
            for (int n : vcount) {
                needed += n;
            }
            if (needed != v.length) {
                throw p.error("holds " + v.length + " vertices but <vcount> adds up to " + needed);
            }
            int start = 0;
            for (int n : vcount) {
                fan(v, start, n);
                start += n;
            }
        }

        private static void checkCount(XmlElement primitive, int actual, String what) {
            if (primitive.has("count") && (int) primitive.requiredNumber("count") != actual) {
                throw primitive.error("count is " + primitive.required("count") + " but it holds " + actual + " " + what);
            }
        }

        /** Fans the polygon {@code v[start..start+n)} (n = -1: to the end) from its first vertex. */
        private void fan(int[] v, int start, int n) {
            int end = n < 0 ? v.length : start + n;
            for (int k = start + 1; k + 1 < end; k++) {
                triangles.add(v[start]);
                triangles.add(v[k]);
                triangles.add(v[k + 1]);
            }
        }

        /** Every other triangle of a strip is wound the other way; swapping its first two keeps them all facing out. */
        private void strip(int[] v) {
            for (int k = 0; k + 2 < v.length; k++) {
                boolean odd = (k & 1) == 1;
                triangles.add(v[odd ? k + 1 : k]);
                triangles.add(v[odd ? k : k + 1]);
                triangles.add(v[k + 2]);
            }
        }

        /** The primitive's TEXCOORD input with the lowest set, if any, as its offset and s, t pairs. */
        private void texCoords(XmlElement primitive) {
            texOffset = -1;
            texCoords = null;
            long bestSet = Long.MAX_VALUE;
            for (XmlElement input : primitive.children("input")) {
                if (input.required("semantic").equals("TEXCOORD") && (long) input.number("set", 0) < bestSet) {
                    bestSet = (long) input.number("set", 0);
                    texOffset = (int) input.number("offset", 0);
                    texCoords = ColladaSource.st(doc, doc.resolve(input, input.required("source"), "source"));
                }
            }
        }

        /**
         * The corners of the vertices in {@code <p>}: their position indices (checked against the position count)
         * and texture coordinates are recorded, and their corner ids returned.
         */
        private int[] vertices(XmlElement p, int stride, int vertexOffset, int vertexCount) {
            int[] raw = ColladaNumbers.indices(p, doc.text(p));
            if (raw.length % stride != 0) {
                throw p.error("holds " + raw.length + " indices, not a multiple of the " + stride + " inputs per vertex");
            }
            int[] out = new int[raw.length / stride];
            for (int k = 0; k < out.length; k++) {
                int index = raw[k * stride + vertexOffset];
                if (index >= vertexCount) {
                    throw p.error("vertex index " + index + " is out of range: the mesh has " + vertexCount + " positions");
                }
                double s = Double.NaN, t = Double.NaN;
                if (texCoords != null) {
                    int uv = raw[k * stride + texOffset];
                    if (uv >= texCoords.length / 2) {
                        throw p.error("texture coordinate index " + uv + " is out of range: the source has " + texCoords.length / 2);
                    }
                    s = texCoords[2 * uv];
                    t = texCoords[2 * uv + 1];
                }
                out[k] = cornerPositions.size();
                cornerPositions.add(index);
                cornerTexCoords.add(s);
                cornerTexCoords.add(t);
            }
            return out;
        }

        private int symbol(XmlElement primitive) {
            Optional<String> material = primitive.attribute("material");
            if (material.isEmpty()) {
                return -1;
            }
            int i = symbols.indexOf(material.get());
            if (i < 0) {
                symbols.add(material.get());
                i = symbols.size() - 1;
            }
            return i;
        }

        /** The mesh's positions (a mesh has one {@code <vertices>}, so every primitive shares them). */
        private double[] positions(XmlElement vertexInput) {
            if (positions == null) {
                XmlElement target = doc.resolve(vertexInput, vertexInput.required("source"), "vertices");
                XmlElement position = target.children("input").stream()
                        .filter(i -> i.required("semantic").equals("POSITION")).findFirst()
                        .orElseThrow(() -> target.error("<vertices> without a POSITION input"));
                positions = ColladaSource.xyz(doc, doc.resolve(position, position.required("source"), "source"));
            }
            return positions;
        }

        private ColladaGeometry compacted() {
            int[] corners = triangles.toArray();
            int[] t = new int[corners.length];
            double[] uv = new double[2 * corners.length];
            double[] cornerUv = cornerTexCoords.toArray();
            int[] cornerPos = cornerPositions.toArray();
            for (int k = 0; k < corners.length; k++) {
                t[k] = cornerPos[corners[k]];
                uv[2 * k] = cornerUv[2 * corners[k]];
                uv[2 * k + 1] = cornerUv[2 * corners[k] + 1];
            }
            int[] newIndex = new int[positions == null ? 0 : positions.length / 3];
            for (int index : t) {
                newIndex[index] = 1;
            }
            int used = 0;
            for (int i = 0; i < newIndex.length; i++) {
                newIndex[i] = newIndex[i] == 0 ? -1 : used++;
            }
            double[] kept = new double[used * 3];
            for (int i = 0; i < newIndex.length; i++) {
                if (newIndex[i] >= 0) {
                    System.arraycopy(positions, 3 * i, kept, 3 * newIndex[i], 3);
                }
            }
            for (int k = 0; k < t.length; k++) {
                t[k] = newIndex[t[k]];
            }
            return new ColladaGeometry(kept, t, triangleSymbols.toArray(), List.copyOf(symbols), uv);
        }
    }
}
