package io.gizmostudio.core.model;

/**
 * A named visual material. Writers emit each distinct name once. A {@code texture}, when there is one,
 * is drawn through the mesh's texture coordinates; {@code color} is then its average, for whatever
 * cannot draw images (scene batching, exports to formats without textures).
 */
public record Material(String name, Rgba color, Texture texture) {
    public Material {
        if (name == null || name.isBlank() || color == null) {
            throw new IllegalArgumentException("material needs a name and a colour");
        }
    }

    /** A plain colour, without a texture. */
    public Material(String name, Rgba color) {
        this(name, color, null);
    }
}
