package io.gizmostudio.core.model;

import java.util.Arrays;

/**
 * An image painted onto a visual's surface through the mesh's texture coordinates: the encoded file
 * (PNG or JPEG) as read, so that a viewer decodes it and an exporter can copy it unchanged.
 *
 * @param name  the image file's name, for messages and exported file names
 * @param image the file's bytes
 */
public record Texture(String name, byte[] image) {
    public Texture {
        if (name == null || name.isBlank() || image == null || image.length == 0) {
            throw new IllegalArgumentException("a texture needs a name and an image");
        }
        image = image.clone();
    }

    @Override public byte[] image() {
        return image.clone();
    }

    @Override public boolean equals(Object o) {
        return o instanceof Texture t && name.equals(t.name) && Arrays.equals(image, t.image);
    }

    @Override public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(image);
    }

    @Override public String toString() {
        return "Texture[" + name + ", " + image.length + " bytes]";
    }
}
