package io.gizmostudio.core.model;

/** A named visual material. Writers emit each distinct name once. */
public record Material(String name, Rgba color) {
    public Material {
        if (name == null || name.isBlank() || color == null) {
            throw new IllegalArgumentException("material needs a name and a colour");
        }
    }
}
