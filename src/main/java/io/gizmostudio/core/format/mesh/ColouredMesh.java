package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.TriangleMesh;

/**
 * A mesh read from a file together with the colour the file gives it, if any: COLLADA files carry
 * their materials, OBJ and STL files (as read here) do not.
 *
 * @param mesh   the triangles, in metres, in the file's root frame
 * @param colour the dominant diffuse colour by surface area, or {@code null} when the file has none
 */
public record ColouredMesh(TriangleMesh mesh, Rgba colour) {
    public ColouredMesh {
        if (mesh == null) {
            throw new IllegalArgumentException("a coloured mesh needs a mesh");
        }
    }
}
