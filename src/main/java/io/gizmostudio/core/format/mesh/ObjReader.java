package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.TriangleMesh;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the geometry of Wavefront OBJ meshes: {@code v} lines and {@code f} faces (polygons are fanned
 * into triangles; {@code v/vt/vn} and negative indices are understood). Materials and texture
 * coordinates are ignored: the viewport colours meshes from the robot description's material.
 */
final class ObjReader {
    private ObjReader() {
    }

    static TriangleMesh read(Path file, String name, byte[] bytes) {
        var vertices = new DoubleList();
        List<Integer> triangles = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.startsWith("v ")) {
                String[] p = line.split("\\s+");
                if (p.length < 4) {
                    throw new RobotDescriptionException(file, n + 1, "v", "a vertex needs three coordinates");
                }
                for (int k = 1; k <= 3; k++) {
                    vertices.add(number(file, n + 1, p[k]));
                }
            } else if (line.startsWith("f ")) {
                String[] p = line.split("\\s+");
                if (p.length < 4) {
                    throw new RobotDescriptionException(file, n + 1, "f", "a face needs at least three vertices");
                }
                int count = vertices.size() / 3;
                int first = index(file, n + 1, p[1], count);
                int previous = index(file, n + 1, p[2], count);
                for (int k = 3; k < p.length; k++) {
                    int current = index(file, n + 1, p[k], count);
                    triangles.add(first);
                    triangles.add(previous);
                    triangles.add(current);
                    previous = current;
                }
            }
        }
        if (triangles.isEmpty()) {
            throw new RobotDescriptionException(file, 0, null, "the OBJ file has no faces");
        }
        return new TriangleMesh(name, vertices.toArray(), triangles.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int index(Path file, int line, String token, int count) {
        String head = token.split("/", -1)[0];
        int i;
        try {
            i = Integer.parseInt(head);
        } catch (NumberFormatException e) {
            throw new RobotDescriptionException(file, line, "f", "not a vertex index: " + token);
        }
        int resolved = i > 0 ? i - 1 : count + i;
        if (i == 0 || resolved < 0 || resolved >= count) {
            throw new RobotDescriptionException(file, line, "f", "vertex index out of range: " + token);
        }
        return resolved;
    }

    private static double number(Path file, int line, String token) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new RobotDescriptionException(file, line, "v", "not a number: " + token);
        }
    }
}
