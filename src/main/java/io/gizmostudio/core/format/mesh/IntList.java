package io.gizmostudio.core.format.mesh;

import java.util.Arrays;

/** A growable array of ints, so the indices of large meshes are read without boxing. */
final class IntList {
    private int[] data = new int[96];
    private int size;

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = v;
    }

    int size() {
        return size;
    }

    int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
