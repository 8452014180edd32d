package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.NameTable;
import io.gizmostudio.core.model.TriangleMesh;
import io.gizmostudio.core.model.Vec3;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Binary STL, the mesh format MuJoCo (2.2.2 and 3.x), urdfdom-based tools and the Isaac Sim URDF
 * importer all read: an 80-byte header, a triangle count, then per triangle a unit normal, three
 * float32 vertices and a zero attribute word, all little-endian. The header is fixed text, so the bytes
 * depend on the mesh alone.
 */
final class StlEncoder {
    private StlEncoder() {
    }

    static byte[] encode(TriangleMesh mesh) {
        int n = mesh.triangleCount();
        ByteBuffer buf = ByteBuffer.allocate(84 + 50 * n).order(ByteOrder.LITTLE_ENDIAN);
        byte[] header = new byte[80];
        byte[] text = ("gizmo-studio binary STL " + NameTable.sanitise(mesh.name())).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, header, 0, Math.min(text.length, 80));
        buf.put(header).putInt(n);
        int[] tris = mesh.triangles();
        for (int t = 0; t < n; t++) {
            Vec3 a = mesh.vertex(tris[3 * t]), b = mesh.vertex(tris[3 * t + 1]), c = mesh.vertex(tris[3 * t + 2]);
            Vec3 normal = b.minus(a).cross(c.minus(a));
            double len = normal.norm();
            normal = len > 0 ? normal.times(1 / len) : Vec3.ZERO;
            put(buf, normal);
            put(buf, a);
            put(buf, b);
            put(buf, c);
            buf.putShort((short) 0);
        }
        return buf.array();
    }

    private static void put(ByteBuffer buf, Vec3 v) {
        buf.putFloat((float) v.x()).putFloat((float) v.y()).putFloat((float) v.z());
    }
}
