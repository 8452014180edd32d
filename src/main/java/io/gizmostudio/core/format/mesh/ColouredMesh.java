package io.gizmostudio.core.format.mesh;

import io.gizmostudio.core.model.Rgba;
import io.gizmostudio.core.model.Texture;
import io.gizmostudio.core.model.TriangleMesh;
import java.util.List;

/**
 * A mesh read from a file together with the colours the file gives it, if any: COLLADA files carry
 * their materials, OBJ and STL files (as read here) do not.
 *
 * @param mesh   the triangles, in metres, in the file's root frame
 * @param colour the dominant diffuse colour by surface area, or {@code null} when the file has none
 * @param parts  the same triangles split by colour (one part, the whole mesh, when the file has at most
 *               one colour), in the order the colours first appear
 */
public record ColouredMesh(TriangleMesh mesh, Rgba colour, List<Part> parts) {
    /**
     * The triangles of one colour.
     *
     * @param mesh   the part's triangles, in the same frame and units as the whole mesh
     * @param colour  the part's diffuse colour (a texture's average colour), or {@code null} for triangles without one
     * @param texture the image the part shows through its mesh's texture coordinates, or {@code null}
     */
    public record Part(TriangleMesh mesh, Rgba colour, Texture texture) {
        public Part {
            if (mesh == null) {
                throw new IllegalArgumentException("a mesh part needs a mesh");
            }
            if (texture != null && !mesh.hasTexCoords()) {
                throw new IllegalArgumentException("a textured mesh part needs texture coordinates");
            }
        }

        public Part(TriangleMesh mesh, Rgba colour) {
            this(mesh, colour, null);
        }
    }

    public ColouredMesh {
        if (mesh == null) {
            throw new IllegalArgumentException("a coloured mesh needs a mesh");
        }
        parts = parts == null || parts.isEmpty() ? List.of(new Part(mesh, colour)) : List.copyOf(parts);
    }

    /** A mesh of at most one colour. */
    public ColouredMesh(TriangleMesh mesh, Rgba colour) {
        this(mesh, colour, List.of());
    }
}
