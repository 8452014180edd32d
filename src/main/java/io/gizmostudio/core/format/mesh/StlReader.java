package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.TriangleMesh;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads STL meshes, ASCII or binary. Binary files are recognised by their size (84 + 50 bytes per
 * triangle) rather than by the "solid" prefix, because many binary exporters write "solid" in the header.
 * Vertices are not welded: STL has no shared vertices and the viewport does not need them.
 */
final class StlReader {
    private StlReader() {
    }

    static TriangleMesh read(Path file, String name, byte[] bytes) {
        long count = binaryTriangles(bytes);
        if (count >= 0) {
            return binary(name, bytes, (int) count);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        if (!text.stripLeading().toLowerCase(Locale.ROOT).startsWith("solid")) {
            throw new RobotDescriptionException(file, 0, null, "neither a binary STL (size does not match its triangle count) nor an ASCII STL");
        }
        return ascii(file, name, text);
    }

    /** The triangle count of a binary STL (its header's, when the size matches it), or -1 for an ASCII file. */
    static long binaryTriangles(byte[] bytes) {
        if (bytes.length >= 84) {
            long count = ByteBuffer.wrap(bytes, 80, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            if (84 + 50 * count == bytes.length) {
                return count;
            }
        }
        return -1;
    }

    private static TriangleMesh binary(String name, byte[] bytes, int count) {
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] v = new double[count * 9];
        int[] t = new int[count * 3];
        for (int i = 0; i < count; i++) {
            int base = 84 + 50 * i + 12; // skip the facet normal: recomputed by whoever shades the mesh
            for (int k = 0; k < 9; k++) {
                v[i * 9 + k] = buf.getFloat(base + 4 * k);
            }
            t[i * 3] = i * 3;
            t[i * 3 + 1] = i * 3 + 1;
            t[i * 3 + 2] = i * 3 + 2;
        }
        return new TriangleMesh(name, v, t);
    }

    private static TriangleMesh ascii(Path file, String name, String text) {
        var v = new DoubleList();
        String[] lines = text.split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.startsWith("vertex")) {
                String[] p = line.split("\\s+");
                if (p.length != 4) {
                    throw new RobotDescriptionException(file, n + 1, "vertex", "expected three coordinates");
                }
                for (int k = 1; k <= 3; k++) {
                    try {
                        v.add(Double.parseDouble(p[k]));
                    } catch (NumberFormatException e) {
                        throw new RobotDescriptionException(file, n + 1, "vertex", "not a number: " + p[k]);
                    }
                }
            }
        }
        if (v.size() % 9 != 0) {
            throw new RobotDescriptionException(file, 0, "facet", "a facet does not have exactly three vertices");
        }
        int[] t = new int[v.size() / 3];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return new TriangleMesh(name, v.toArray(), t);
    }
}
