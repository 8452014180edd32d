package io.gizmostudio.core.format.mesh;

import java.util.Arrays;

/** A growable array of doubles, so large meshes are read without boxing every coordinate. */
final class DoubleList {
    private double[] data = new double[96];
    private int size;

    void add(double d) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2);
        }
        data[size++] = d;
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
