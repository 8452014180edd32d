package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.format.RobotDescriptionException;
import io.gizmostudio.core.model.TriangleMesh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a mesh file referenced by a robot description (OBJ, STL in ASCII or binary, or COLLADA
 * {@code .dae}) into a {@link TriangleMesh}, scaled per axis as URDF and MJCF allow.
 */
public final class MeshFileReader {
    private MeshFileReader() {
    }

    /** Reads {@code file}; {@code scale} multiplies x, y and z (null means 1 1 1). */
    public static TriangleMesh read(Path file, double[] scale) {
        return readColoured(file, scale).mesh();
    }

    /**
     * Reads {@code file} like {@link #read} and keeps the colour the file gives the mesh: COLLADA files
     * have one when their materials do ({@link ColladaReader}); OBJ and STL files never do here.
     */
    public static ColouredMesh readColoured(Path file, double[] scale) {
        return readColoured(file, scale, Long.MAX_VALUE);
    }

    /**
     * Reads {@code file} like {@link #readColoured(Path, double[])}, refusing a mesh of more than
     * {@code maxTriangles} triangles (a binary STL before its triangles are decoded) with an error naming the limit.
     */
    public static ColouredMesh readColoured(Path file, double[] scale, long maxTriangles) {
        String fileName = file.getFileName().toString();
        String lower = fileName.toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RobotDescriptionException(file, 0, null, "mesh file cannot be read: " + e.getMessage(), e);
        }
        String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        ColouredMesh read;
        if (lower.endsWith(".stl")) {
            tooMany(file, StlReader.binaryTriangles(bytes), maxTriangles);
            read = new ColouredMesh(StlReader.read(file, name, bytes), null);
        } else if (lower.endsWith(".obj")) {
            read = new ColouredMesh(ObjReader.read(file, name, bytes), null);
        } else if (lower.endsWith(".dae")) {
            read = ColladaReader.read(file, name, bytes);
        } else {
            throw new RobotDescriptionException(file, 0, null, "unsupported mesh format (OBJ, STL and COLLADA .dae are read)");
        }
        tooMany(file, read.mesh().triangleCount(), maxTriangles);
        List<ColouredMesh.Part> parts = new ArrayList<>();
        for (ColouredMesh.Part part : read.parts()) {
            parts.add(new ColouredMesh.Part(scaled(part.mesh(), scale), part.colour(), part.texture()));
        }
        boolean whole = read.parts().size() == 1 && read.parts().get(0).mesh() == read.mesh();
        return new ColouredMesh(scaled(read.mesh(), scale), read.colour(), whole ? List.of() : parts);
    }

    private static void tooMany(Path file, long triangles, long maxTriangles) {
        if (triangles > maxTriangles) {
            throw new RobotDescriptionException(file, 0, null, "the mesh has " + triangles + " triangles, over the limit of "
                    + maxTriangles + " (ReadOptions.maxMeshTriangles)");
        }
    }

    private static TriangleMesh scaled(TriangleMesh mesh, double[] scale) {
        if (scale == null || (scale[0] == 1 && scale[1] == 1 && scale[2] == 1)) {
            return mesh;
        }
        double[] v = mesh.vertices();
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale[i % 3];
        }
        return new TriangleMesh(mesh.name(), v, mesh.triangles(), mesh.texCoords());
    }
}
